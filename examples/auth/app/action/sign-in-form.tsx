'use client';

import { useActionState } from 'react';
import { signInAction, type FormState } from './actions';

export function SignInForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, { status: 'idle' });
  return (
    // The key re-mounts the fields after each attempt, keeping the username and clearing the password.
    <form action={action} key={JSON.stringify(state)}>
      <label htmlFor="username">Username</label>
      <input id="username" name="username" autoComplete="username" defaultValue={state.status === 'error' ? state.username : ''} />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" />
      <button type="submit" disabled={pending}>Sign in</button>
      <p role="status" className={state.status === 'error' ? 'error' : 'success'}>{state.status === 'idle' ? '' : state.message}</p>
    </form>
  );
}
