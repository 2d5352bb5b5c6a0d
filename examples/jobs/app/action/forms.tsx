'use client';

import { useActionState } from 'react';
import { runInlineAction, startJobAction, type FormState } from './actions';

const initial: FormState = { message: '' };

export function StartForm() {
  const [state, action, pending] = useActionState(startJobAction, initial);
  return (
    <form action={action}>
      <button type="submit" disabled={pending}>Start a report</button>
      <p role="status">{state.message}</p>
    </form>
  );
}

export function InlineForm() {
  const [state, action, pending] = useActionState(runInlineAction, initial);
  return (
    <form action={action} aria-label="Inline report">
      <button type="submit" disabled={pending}>Run the report inline</button>
      <p role="status">{pending ? 'Working…' : state.message}</p>
    </form>
  );
}
