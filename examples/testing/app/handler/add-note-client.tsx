'use client';

import { useState } from 'react';
import type { Note } from '@/lib/notes';

export function AddNoteClient({ initialNotes }: { initialNotes: Note[] }) {
  const [notes, setNotes] = useState(initialNotes);
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    try {
      const response = await fetch('/api/notes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: new FormData(form).get('text') }),
      });
      const data = await response.json().catch(() => null);
      if (!response.ok) return setMessage(data?.error?.message ?? `Request failed with status ${response.status}.`);
      form.reset();
      setNotes((list) => [data.note, ...list]);
      setMessage(`Added “${data.note.text}”.`);
    } catch {
      setMessage('Network error: the note was not sent.');
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <form onSubmit={onSubmit}>
        <label htmlFor="text">Note</label>
        <input id="text" name="text" required maxLength={280} />
        <button type="submit" disabled={pending}>{pending ? 'Adding…' : 'Add note'}</button>
        <p role="status">{message}</p>
      </form>
      <ul aria-label="Notes">
        {notes.map((note) => (
          <li key={note.id}>{note.text}</li>
        ))}
      </ul>
    </>
  );
}
