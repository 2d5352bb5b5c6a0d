// The API's contract (oRPC): each operation's method, path, input, output and errors, written once. The server
// implements it (lib/api.ts), the OpenAPI document is generated from it (app/api/openapi.json/route.ts), and the
// typed client is built from it (lib/api-client.ts). No server code here: the browser imports it.
import { oc } from '@orpc/contract';
import { z } from 'zod';
import { task, taskInput } from './schema';

// Errors a client can branch on, each with its status and the shape of its data. Declared, they are typed in the
// client and listed in the document. (oRPC answers invalid input with BAD_REQUEST and the issues itself.)
const signedIn = oc.errors({
  UNAUTHORIZED: { status: 401, message: 'Send a valid API token: Authorization: Bearer <token>.' },
});
const writes = signedIn.errors({
  BAD_REQUEST: {
    status: 400,
    message: 'Input validation failed',
    data: z.object({ issues: z.array(z.looseObject({ message: z.string(), path: z.array(z.union([z.string(), z.number()])).optional() })) }),
  },
  TOO_MANY_REQUESTS: { status: 429, message: 'Too many tasks this minute.', data: z.object({ retryAfterSeconds: z.number().int() }) },
});

/** Version 2, the current one: a task has a priority. */
const v2 = {
  tasks: {
    list: signedIn.route({ method: 'GET', path: '/v2/tasks', summary: 'Your tasks, newest first', tags: ['v2'] }).output(z.object({ tasks: z.array(task) })),
    create: writes
      .route({ method: 'POST', path: '/v2/tasks', successStatus: 201, summary: 'Add a task', tags: ['v2'] })
      .input(taskInput)
      .output(task),
  },
};

/**
 * Version 1, what the app's first release was built against: no priority. Installed apps update when their users
 * let them, so v1 keeps answering as it always did, marked deprecated, until its traffic is gone. Its schemas are
 * written out, not derived from lib/schema.ts, so that a change made for v2 cannot change v1 by accident.
 */
const taskV1 = z.object({ id: z.number().int(), title: z.string() });
const v1 = {
  tasks: {
    list: signedIn.route({ method: 'GET', path: '/v1/tasks', deprecated: true, tags: ['v1'] }).output(z.object({ tasks: z.array(taskV1) })),
    create: writes
      .route({ method: 'POST', path: '/v1/tasks', successStatus: 201, deprecated: true, tags: ['v1'] })
      .input(z.strictObject({ title: z.string({ error: 'Write the task as text.' }).trim().min(1, 'Write what the task is.').max(120, 'At most 120 characters.') }))
      .output(taskV1),
  },
};

export const contract = { v1, v2 };
