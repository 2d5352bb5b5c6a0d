'use client';

import { useActionState } from 'react';
import { addNoteAction, type NoteState } from './actions';

export function AddNoteForm() {
  const [state, formAction, pending] = useActionState<NoteState, FormData>(addNoteAction, { status: 'idle' });
  return (
    <form action={formAction}>
      <label htmlFor="text">Note</label>
      {/* After the action, React resets the field to its default: a refused note is the default, so it stays. */}
      <input id="text" name="text" required maxLength={280} defaultValue={state.status === 'error' ? state.text : ''} />
      <button type="submit" disabled={pending}>{pending ? 'Adding…' : 'Add note'}</button>
      <p role="status" className="error">{state.status === 'error' ? state.message : ''}</p>
    </form>
  );
}
