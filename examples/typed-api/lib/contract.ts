// The API's contract (oRPC): each operation's method, path, input, output and errors, written once. The server
// implements it (lib/api.ts), the OpenAPI document is generated from it (app/api/openapi.json/route.ts), and the
// typed client is built from it (lib/api-client.ts). No server code here: the browser imports it.
import { oc } from '@orpc/contract';
import { z } from 'zod';
import { task, taskInput, title } from './schema';

const base = oc.errors({
  UNAUTHORIZED: { status: 401, message: 'Send a valid API token: Authorization: Bearer <token>.' },
  TOO_MANY_REQUESTS: { status: 429, message: 'Too many tasks this minute.', data: z.object({ retryAfterSeconds: z.number().int() }) },
});

/** Version 2, the current one: a task has a priority. */
const v2 = {
  tasks: {
    list: base.route({ method: 'GET', path: '/v2/tasks', summary: 'Your tasks, newest first', tags: ['v2'] }).output(z.object({ tasks: z.array(task) })),
    create: base
      .route({ method: 'POST', path: '/v2/tasks', successStatus: 201, summary: 'Add a task', tags: ['v2'] })
      .input(taskInput)
      .output(task),
  },
};

/**
 * Version 1, what the app's first release was built against: no priority. Installed apps update when their users
 * let them, so v1 keeps answering as it always did, marked deprecated, until its traffic is gone.
 */
const taskV1 = task.pick({ id: true, title: true });
const v1 = {
  tasks: {
    list: base.route({ method: 'GET', path: '/v1/tasks', deprecated: true, tags: ['v1'] }).output(z.object({ tasks: z.array(taskV1) })),
    create: base
      .route({ method: 'POST', path: '/v1/tasks', successStatus: 201, deprecated: true, tags: ['v1'] })
      .input(z.strictObject({ title }))
      .output(taskV1),
  },
};

export const contract = { v1, v2 };
