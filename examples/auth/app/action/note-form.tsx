'use client';

import { useActionState } from 'react';
import { addNoteAction, type FormState } from './actions';

export function NoteForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(addNoteAction, { status: 'idle' });
  return (
    <form action={action}>
      <label htmlFor="text">New note</label>
      <input id="text" name="text" maxLength={500} />
      <button type="submit" disabled={pending}>Add note</button>
      <p role="status" className={state.status === 'error' ? 'error' : 'success'}>{state.status === 'idle' ? '' : state.message}</p>
    </form>
  );
}
