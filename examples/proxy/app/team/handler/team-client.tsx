'use client';

import Link from 'next/link';
import { useState } from 'react';

export function TeamClient({ name }: { name: string }) {
  const [message, setMessage] = useState('');
  const [signIn, setSignIn] = useState(false);
  const [pending, setPending] = useState(false);

  async function send(request: () => Promise<Response>, done: (data: { team?: { name: string }; file?: { bytes: number; sha256: string } }) => string) {
    setPending(true);
    try {
      const response = await request();
      const data = await response.json().catch(() => null);
      setSignIn(response.status === 401);
      setMessage(response.ok ? done(data) : (data?.error?.message ?? `Request failed with status ${response.status}.`));
    } catch {
      setMessage('Network error: nothing was sent.');
    } finally {
      setPending(false);
    }
  }

  function rename(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = JSON.stringify({ name: new FormData(event.currentTarget).get('name') });
    void send(() => fetch('/api/team', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }), (data) => `Renamed to “${data.team?.name}”.`);
  }

  function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setMessage('Choose a file first.');
    void send(() => fetch('/api/team/file', { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: file }), (data) => `The server got ${data.file?.bytes} bytes, SHA-256 ${data.file?.sha256}.`);
  }

  return (
    <>
      <form onSubmit={rename}>
        <label htmlFor="name">Team name</label>
        <input id="name" name="name" required maxLength={60} defaultValue={name} />
        <button type="submit" disabled={pending}>Rename</button>
      </form>
      <form onSubmit={upload}>
        <label htmlFor="file">Team file (up to 20 MB)</label>
        <input id="file" name="file" type="file" />
        <button type="submit" disabled={pending}>Upload</button>
      </form>
      <p role="status">
        {message}
        {signIn ? <> <Link href="/login">Sign in</Link></> : null}
      </p>
    </>
  );
}
