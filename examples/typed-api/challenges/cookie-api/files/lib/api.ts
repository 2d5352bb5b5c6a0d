import 'server-only';
import { implement, ORPCError } from '@orpc/server';
import type { ResponseHeadersPluginContext } from '@orpc/server/plugins';
import { contract } from './contract';
import { addTask, takeTaskWrite, tasksOf } from './tasks';
import { readSession } from './session';
import { userOfBearer } from './tokens';

// The API's server: lib/contract.ts implemented. Every operation runs the middleware first, as the action does (lib/
// safe-action.ts), and then calls the same domain function. oRPC checks each input against the contract before the
// handler runs (400 with the issues) and each output before it is sent (fields the contract leaves out are dropped).

const os = implement(contract).$context<{ headers: Headers } & ResponseHeadersPluginContext>();

// 1. Who is calling: the token in the Authorization header or, for this site's own pages, the session cookie.
const signedIn = os.use(({ context, next, errors }) => {
  const cookie = /(?:^|;\s*)session=([^;]+)/.exec(context.headers.get('cookie') ?? '')?.[1];
  const userId = userOfBearer(context.headers.get('authorization')) ?? readSession(cookie);
  if (!userId) {
    context.resHeaders?.set('WWW-Authenticate', 'Bearer');
    throw errors.UNAUTHORIZED();
  }
  return next({ context: { userId } });
});

// 2. How often: the same budget in the database that the action spends. Like the action's, it runs before the input
// is validated, so it counts attempts: a flood of invalid requests is cut off too.
const writer = signedIn.use(({ context, next }) => {
  const spent = takeTaskWrite(context.userId);
  if (!spent.ok) {
    context.resHeaders?.set('Retry-After', String(spent.retryAfterSeconds));
    // Declared by the write routes in lib/contract.ts, so the client gets it typed, retryAfterSeconds and all.
    throw new ORPCError('TOO_MANY_REQUESTS', { status: 429, message: 'Too many tasks this minute.', data: { retryAfterSeconds: spent.retryAfterSeconds } });
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
