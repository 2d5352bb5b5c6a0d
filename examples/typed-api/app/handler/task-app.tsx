'use client';

import { isDefinedError, ORPCError, safe } from '@orpc/client';
import { useActionState, useEffect, useMemo, useState, useTransition } from 'react';
import { tasksApi } from '@/lib/api-client';
import { priorities, type Task } from '@/lib/schema';
import { TaskList } from '../task-list';
import { issueTokenAction, type IssueState } from './actions';

/** Gets a token for "the app", then runs it. */
export function ConnectApp() {
  const [issued, issue, pending] = useActionState<IssueState>(issueTokenAction, { status: 'idle' });
  if (issued.status === 'issued') {
    return (
      <>
        <p>
          The app’s token, shown once: <code>{issued.token}</code>
        </p>
        <TaskApp token={issued.token} />
      </>
    );
  }
  return (
    <form action={issue}>
      <p>The app below stands for a mobile app: it signs in with an API token, not with this site’s cookie.</p>
      <button type="submit" disabled={pending}>Issue an API token</button>
      <p role="status">{issued.status === 'error' ? issued.message : ''}</p>
    </form>
  );
}

/** "The app": the typed client, calling version 2 of the API with its token. */
function TaskApp({ token }: { token: string }) {
  const api = useMemo(() => tasksApi(window.location.origin, token), [token]);
  const [tasks, setTasks] = useState<Task[]>([]);
  const [message, setMessage] = useState('');
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    safe(api.v2.tasks.list()).then(([error, data]) => (error ? setMessage(explain(error)) : setTasks(data.tasks)));
  }, [api]);

  const add = (form: HTMLFormElement) =>
    startTransition(async () => {
      const fields = new FormData(form);
      // Typed: the input must be { title: string; priority: 'low' | 'normal' | 'high' }, and `task` is a Task.
      const [error, task] = await safe(api.v2.tasks.create({ title: String(fields.get('title') ?? ''), priority: fields.get('priority') as Task['priority'] }));
      if (error) {
        // Declared errors are typed, data and all: TOO_MANY_REQUESTS has retryAfterSeconds, BAD_REQUEST the issues.
        if (isDefinedError(error) && error.code === 'TOO_MANY_REQUESTS') return setMessage(`Too many tasks this minute. Try again in ${error.data.retryAfterSeconds} s.`);
        if (isDefinedError(error) && error.code === 'BAD_REQUEST') return setMessage(error.data.issues.map((issue) => issue.message).join(' '));
        return setMessage(explain(error));
      }
      setTasks((list) => [task, ...list]);
      setMessage(`Added “${task.title}”.`);
      form.reset();
    });

  return (
    <section aria-labelledby="app-heading">
      <h2 id="app-heading">The app</h2>
      <form onSubmit={(event) => (event.preventDefault(), add(event.currentTarget))}>
        <label htmlFor="app-title">Task</label>
        <input id="app-title" name="title" required maxLength={120} />
        <label htmlFor="app-priority">Priority</label>
        <select id="app-priority" name="priority" defaultValue="normal">
          {priorities.map((p) => (
            <option key={p} value={p}>{p}</option>
          ))}
        </select>
        <button type="submit" disabled={pending}>{pending ? 'Adding…' : 'Add task'}</button>
        <p role="status">{message}</p>
      </form>
      <TaskList tasks={tasks} />
    </section>
  );
}

/** What to tell the reader about any other error: a refused token, or no answer at all. */
function explain(error: unknown): string {
  if (!(error instanceof ORPCError)) return 'The API could not be reached. Try again.';
  if (error.code === 'UNAUTHORIZED') return 'The API refused the token. Issue a new one.';
  return 'Something went wrong. Try again.';
}
