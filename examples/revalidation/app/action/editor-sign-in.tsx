'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from './actions';

export function EditorSignIn() {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { status: 'idle' });
  return (
    <form action={formAction} aria-label="Editor sign-in">
      <label htmlFor="password">Editor password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required aria-describedby="password-error" />
      <p id="password-error" className="error" role="alert">{state.status === 'error' ? state.message : ''}</p>
      <button type="submit" disabled={pending}>{pending ? 'Signing in…' : 'Sign in as the editor'}</button>
    </form>
  );
}
