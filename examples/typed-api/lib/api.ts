import 'server-only';
import { implement } from '@orpc/server';
import type { ResponseHeadersPluginContext } from '@orpc/server/plugins';
import { contract } from './contract';
import { addTask, takeTaskWrite, tasksOf } from './tasks';
import { userOfBearer } from './tokens';

// The API's server: lib/contract.ts implemented. Every operation runs the middleware first, as the action does (lib/
// safe-action.ts), and then calls the same domain function. oRPC checks each input against the contract before the
// handler runs (400 with the issues) and each output before it is sent (fields the contract leaves out are dropped).

const os = implement(contract).$context<{ headers: Headers } & ResponseHeadersPluginContext>();

// 1. Who is calling: the token in the Authorization header, and nothing else. The session cookie is no proof here:
// this handler also parses form posts (application/x-www-form-urlencoded), which any site can send with the cookie.
const signedIn = os.use(({ context, next, errors }) => {
  const userId = userOfBearer(context.headers.get('authorization'));
  if (!userId) throw errors.UNAUTHORIZED();
  return next({ context: { userId } });
});

// 2. How often: the same budget in the database that the action spends.
const writer = signedIn.use(({ context, next, errors }) => {
  const spent = takeTaskWrite(context.userId);
  if (!spent.ok) {
    context.resHeaders?.set('Retry-After', String(spent.retryAfterSeconds));
    throw errors.TOO_MANY_REQUESTS({ data: { retryAfterSeconds: spent.retryAfterSeconds } });
  }
  return next();
});

export const router = os.router({
  v1: {
    tasks: {
      list: signedIn.v1.tasks.list.handler(({ context }) => ({ tasks: tasksOf(context.userId) })),
      // v1 clients know no priority: theirs are normal. The output schema drops what v1 never had.
      create: writer.v1.tasks.create.handler(({ input, context }) => addTask(context.userId, { ...input, priority: 'normal' })),
    },
  },
  v2: {
    tasks: {
      list: signedIn.v2.tasks.list.handler(({ context }) => ({ tasks: tasksOf(context.userId) })),
      create: writer.v2.tasks.create.handler(({ input, context }) => addTask(context.userId, input)),
    },
  },
});
