'use client';

import { useRouter } from 'next/navigation';
import { useOptimistic, useState, useTransition } from 'react';
import type { Todo } from '@/lib/todos';

type Change = { id: number; done?: boolean; deleted?: boolean };

export function TodoList({ todos }: { todos: Todo[] }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [message, setMessage] = useState('');
  const [optimistic, applyOptimistic] = useOptimistic(todos, (list: Todo[], change: Change) =>
    change.deleted ? list.filter((t) => t.id !== change.id) : list.map((t) => (t.id === change.id ? { ...t, done: !!change.done } : t)),
  );

  const run = (change: Change, init: RequestInit) =>
    startTransition(async () => {
      applyOptimistic(change);
      const response = await fetch(`/api/todos/${change.id}`, init).catch(() => null);
      if (!response?.ok) {
        const data = await response?.json().catch(() => null);
        setMessage(data?.error?.message ?? 'The change was not saved.');
      } else setMessage('');
      // A handler cannot send fresh UI: fetch the re-rendered page so the optimistic state settles.
      router.refresh();
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
                onChange={(e) =>
                  run(
                    { id: todo.id, done: e.target.checked },
                    { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ done: e.target.checked }) },
                  )
                }
              />{' '}
              {todo.title}
            </label>{' '}
            <button type="button" aria-label={`Delete “${todo.title}”`} onClick={() => run({ id: todo.id, deleted: true }, { method: 'DELETE' })}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="error">{message}</p>
    </>
  );
}
