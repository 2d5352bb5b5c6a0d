'use client';

import { useActionState } from 'react';
import { signInAction, signOutAction, type SignInState } from './actions';

export function SignIn() {
  const [state, signIn, pending] = useActionState<SignInState>(signInAction, { status: 'idle' });
  return (
    <form action={signIn}>
      <button type="submit" disabled={pending}>Sign in as a guest</button>
      <p role="status">{state.status === 'error' ? state.message : ''}</p>
    </form>
  );
}

export function SignOut() {
  return (
    <form action={signOutAction}>
      <button type="submit">Sign out</button>
    </form>
  );
}
