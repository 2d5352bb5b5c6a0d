'use client';

import { useEffect, useState } from 'react';

// Talks to the Route Handlers over HTTP, as any other client could. The browser keeps the session cookie and
// sends it with each same-origin fetch; this code never sees the token (the cookie is HttpOnly).
type User = { id: string; name: string };
type Note = { id: string; text: string };

const json = { 'Content-Type': 'application/json' };

export function NotesClient() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [notes, setNotes] = useState<Note[]>([]);
  const [message, setMessage] = useState('');

  async function loadNotes() {
    const response = await fetch('/api/notes');
    if (response.ok) setNotes((await response.json()).notes);
  }

  useEffect(() => {
    void (async () => {
      const response = await fetch('/api/session').catch(() => null);
      const signedIn = response?.ok ? ((await response.json()).user as User) : null;
      setUser(signedIn);
      if (signedIn) await loadNotes();
    })();
  }, []);

  async function onSignIn(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const response = await fetch('/api/session', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ username: data.get('username'), password: data.get('password') }),
    }).catch(() => null);
    if (!response) return setMessage('Network error: try again.');
    const body = await response.json();
    if (!response.ok) return setMessage(body.error.message);
    setMessage('');
    setUser(body.user);
    await loadNotes();
  }

  async function onSignOut() {
    const response = await fetch('/api/session', { method: 'DELETE' }).catch(() => null);
    if (!response?.ok) return setMessage('Could not sign out: try again.');
    setUser(null);
    setNotes([]);
    setMessage('Signed out.');
  }

  async function onAddNote(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const response = await fetch('/api/notes', { method: 'POST', headers: json, body: JSON.stringify({ text: new FormData(form).get('text') }) }).catch(() => null);
    if (!response) return setMessage('Network error: the note was not saved.');
    const body = await response.json();
    if (response.status === 401) setUser(null);
    if (!response.ok) return setMessage(body.error.message);
    setMessage('Note added.');
    form.reset();
    await loadNotes();
  }

  if (user === undefined) return <p role="status">Checking your session…</p>;
  if (!user) {
    return (
      <form onSubmit={onSignIn}>
        <label htmlFor="username">Username</label>
        <input id="username" name="username" autoComplete="username" />
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" />
        <button type="submit">Sign in</button>
        <p role="status">{message}</p>
      </form>
    );
  }
  return (
    <>
      <p>Signed in as {user.name}.</p>
      <button type="button" onClick={onSignOut}>Sign out</button>
      <h2>My notes</h2>
      <form onSubmit={onAddNote}>
        <label htmlFor="text">New note</label>
        <input id="text" name="text" maxLength={500} />
        <button type="submit">Add note</button>
        <p role="status">{message}</p>
      </form>
      <ul aria-label="My notes">
        {notes.map((note) => <li key={note.id}>{note.text}</li>)}
      </ul>
    </>
  );
}
