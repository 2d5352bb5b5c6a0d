'use client';

import { useActionState } from 'react';
import { priorities } from '@/lib/schema';
import { addTaskAction } from './actions';

export function AddTaskForm() {
  // The result is typed from the action: data, validationErrors or serverError, each with its own shape.
  const [result, formAction, pending] = useActionState(addTaskAction, {});
  const refused = result.validationErrors ?? result.serverError;
  const titleErrors = result.validationErrors?.fieldErrors.title;
  const priorityErrors = result.validationErrors?.fieldErrors.priority;
  const status = result.data
    ? `Added “${result.data.task.title}”.`
    : (result.serverError?.message ?? (result.validationErrors ? 'Fix the fields marked below.' : ''));
  return (
    <form action={formAction}>
      {/* React resets the form after the action: a refused entry is the default, so it stays. */}
      <label htmlFor="title">Task</label>
      <input
        id="title"
        name="title"
        required
        maxLength={120}
        defaultValue={refused?.submitted.title ?? ''}
        aria-invalid={titleErrors ? true : undefined}
        aria-describedby="title-error"
      />
      <p id="title-error" className="error">{titleErrors?.join(' ')}</p>
      <label htmlFor="priority">Priority</label>
      <select id="priority" name="priority" defaultValue={refused?.submitted.priority || 'normal'} aria-describedby="priority-error">
        {priorities.map((p) => (
          <option key={p} value={p}>{p}</option>
        ))}
      </select>
      <p id="priority-error" className="error">{priorityErrors?.join(' ')}</p>
      <button type="submit" disabled={pending}>{pending ? 'Adding…' : 'Add task'}</button>
      <p role="status">{status}</p>
    </form>
  );
}
