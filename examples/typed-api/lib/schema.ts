// What a task is, as zod schemas: the one set of rules both transports validate against (the action's inputSchema in
// app/action/actions.ts, the API's contract in lib/contract.ts) and the domain parses again. Plain data, no server
// code: the typed client imports it too, into the browser.
import { z } from 'zod';

export const priorities = ['low', 'normal', 'high'] as const;

export const title = z
  .string({ error: 'Write the task as text.' })
  .trim()
  .min(1, 'Write what the task is.')
  .max(120, 'At most 120 characters.');
export const priority = z.enum(priorities, { error: 'Choose low, normal or high.' });

export const taskInput = z.strictObject({ title, priority });
export type TaskInput = z.infer<typeof taskInput>;

export const task = z.object({
  id: z.number().int(),
  title: z.string(),
  priority,
  createdAt: z.iso.datetime(),
});
export type Task = z.infer<typeof task>;
