'use client';

import { useActionState, useId } from 'react';
import type { ShareState } from './actions';

// `action` arrives from the page already bound to one document's id; the form only adds the username.
export function ShareForm({ title, action }: { title: string; action: (prev: ShareState, formData: FormData) => Promise<ShareState> }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const id = useId();
  return (
    <form action={formAction}>
      <label htmlFor={id}>Share {title} with</label>
      <input id={id} name="username" placeholder="grace" autoComplete="off" />
      <button type="submit" disabled={pending}>Share {title}</button>
      <p role="status" className={state.status === 'error' ? 'error' : 'success'}>{state.status === 'idle' ? '' : state.message}</p>
    </form>
  );
}
