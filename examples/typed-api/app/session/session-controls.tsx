'use client';

import { useActionState } from 'react';
import { endSessionAction, startSessionAction, type SessionState } from './actions';

export function StartSession() {
  const [state, start, pending] = useActionState<SessionState>(startSessionAction, { status: 'idle' });
  return (
    <form action={start}>
      <p>Tasks belong to a session. Start one to add tasks (it lasts two hours).</p>
      <button type="submit" disabled={pending}>Start a session</button>
      <p role="status">{state.status === 'error' ? state.message : ''}</p>
    </form>
  );
}

export function EndSession() {
  return (
    <form action={endSessionAction}>
      <button type="submit">End the session</button>
    </form>
  );
}
