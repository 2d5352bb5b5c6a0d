'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { renameTeamAction, type RenameState } from './actions';

export function RenameForm({ name }: { name: string }) {
  const [state, formAction, pending] = useActionState<RenameState, FormData>(renameTeamAction, { status: 'idle' });
  return (
    <form action={formAction}>
      <label htmlFor="name">Team name</label>
      <input id="name" name="name" required maxLength={60} defaultValue={name} />
      <button type="submit" disabled={pending}>{pending ? 'Renaming…' : 'Rename'}</button>
      <p role="status" className={state.status === 'error' ? 'error' : undefined}>
        {state.status === 'error' ? state.message : state.status === 'renamed' ? `Renamed to “${state.name}”.` : ''}
        {state.status === 'error' && state.signIn ? <> <Link href="/login">Sign in</Link></> : null}
      </p>
    </form>
  );
}
