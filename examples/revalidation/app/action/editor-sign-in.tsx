'use client';

import { useActionState } from 'react';
import { signInAction, signOutAction, type SignInState } from './actions';

// The page does not read the editor cookie (on Next 16 it is a static shell that works without JavaScript), so it
// shows every visitor the sign-in and the editor alike. That is safe because the protection is in the actions.
export function EditorSignIn() {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { status: 'idle' });
  return (
    <>
      <form action={formAction} aria-label="Editor sign-in">
        <label htmlFor="password">Editor password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required aria-describedby="password-error" />
        <button type="submit" disabled={pending}>{pending ? 'Signing in…' : 'Sign in as the editor'}</button>
        {/* One live region for the answer, so the page keeps a single role="status": the editor's. */}
        <p id="password-error" role="alert" className={state.status === 'error' ? 'error' : 'success'}>{state.status === 'idle' ? '' : state.message}</p>
      </form>
      <form action={signOutAction}>
        <button type="submit">Sign out</button>
      </form>
    </>
  );
}
