'use server';

import { refresh } from 'next/cache';
import { deleteTodo, setDone } from '@/lib/todos';

export type ActionResult = { ok: true } | { ok: false; message: string };

// Arguments come from the client like any request body: the shared functions validate them.
export async function toggleTodoAction(id: number, done: boolean): Promise<ActionResult> {
  const result = setDone(id, { done });
  if (!result.ok) return { ok: false, message: result.message };
  // Nothing on /action is cached (the page reads the store on every request), so there is no cache entry to
  // revalidate: refresh() only asks for the re-rendered page, and it comes back in this same response.
  refresh();
  return { ok: true };
}

export async function deleteTodoAction(id: number): Promise<ActionResult> {
  const result = deleteTodo(id);
  if (!result.ok) return { ok: false, message: result.message };
  refresh();
  return { ok: true };
}
