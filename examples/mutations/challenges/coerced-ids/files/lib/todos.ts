// The domain logic both sides share: find, toggle and delete to-dos, with ids and input validated.
import { z } from 'zod';

export interface Todo {
  id: number;
  title: string;
  done: boolean;
}

// Ids may arrive as numbers or as strings, so coerce them to a number first.
export const todoId = z.coerce.number().int().positive();
export const togglePatch = z.object({ done: z.boolean() }).strict();

export type MutationResult = { ok: true; todo: Todo } | { ok: false; code: 'invalid' | 'not_found'; message: string };

// In memory, on globalThis so the pages, the actions and the route handlers share one store.
const store = ((globalThis as { __todos?: Map<number, Todo> }).__todos ??= new Map(
  ['Read the Server Actions lesson', 'Build the Route Handler side', 'Compare the network tab', 'Write tests', 'Ship it'].map(
    (title, i) => [i + 1, { id: i + 1, title, done: i === 0 }],
  ),
));

export function listTodos(): Todo[] {
  return [...store.values()];
}

/** A to-do id from a URL segment: plain digits only, since Number() also reads "0x2", "2e0", " 2" and "". */
export const idFromPath = (segment: string) => (/^[1-9][0-9]*$/.test(segment) ? Number(segment) : null);

function find(rawId: unknown): MutationResult {
  const id = todoId.safeParse(rawId);
  if (!id.success) return { ok: false, code: 'invalid', message: 'The id must be a positive whole number.' };
  const todo = store.get(id.data);
  return todo ? { ok: true, todo } : { ok: false, code: 'not_found', message: `There is no to-do with id ${id.data}.` };
}

export function setDone(rawId: unknown, rawPatch: unknown): MutationResult {
  const patch = togglePatch.safeParse(rawPatch);
  if (!patch.success) return { ok: false, code: 'invalid', message: 'Send { "done": true } or { "done": false }.' };
  const found = find(rawId);
  if (!found.ok) return found;
  found.todo.done = patch.data.done;
  return found;
}

export function deleteTodo(rawId: unknown): MutationResult {
  const found = find(rawId);
  if (found.ok) store.delete(found.todo.id);
  return found;
}
