'use client';

import { useOptimistic, useState, useTransition } from 'react';
import type { Todo } from '@/lib/todos';
import { deleteTodoAction, toggleTodoAction, type ActionResult } from './actions';

type Change = { id: number; done?: boolean; deleted?: boolean };

export function TodoList({ todos }: { todos: Todo[] }) {
  const [, startTransition] = useTransition();
  const [message, setMessage] = useState('');
  // Shows the change at once; when the action's response arrives, the revalidated list replaces it.
  const [optimistic, applyOptimistic] = useOptimistic(todos, (list: Todo[], change: Change) =>
    change.deleted ? list.filter((t) => t.id !== change.id) : list.map((t) => (t.id === change.id ? { ...t, done: !!change.done } : t)),
  );

  const run = (change: Change, action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      applyOptimistic(change);
      const result = await action();
      setMessage(result.ok ? '' : result.message);
    });

  return (
    <>
      <ul aria-label="To-dos">
        {optimistic.map((todo) => (
          <li key={todo.id}>
            <label>
              <input
                type="checkbox"
                checked={todo.done}
                onChange={(e) => run({ id: todo.id, done: e.target.checked }, () => toggleTodoAction(todo.id, e.target.checked))}
              />{' '}
              {todo.title}
            </label>{' '}
            <button type="button" aria-label={`Delete “${todo.title}”`} onClick={() => run({ id: todo.id, deleted: true }, () => deleteTodoAction(todo.id))}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="error">{message}</p>
    </>
  );
}
