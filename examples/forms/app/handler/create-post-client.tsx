'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

type FieldErrors = { title?: string[]; body?: string[] };

export function CreatePostClient() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setMessage('');
    try {
      const response = await fetch('/api/posts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(Object.fromEntries(new FormData(form))),
      });
      const data = await response.json();
      if (!response.ok) {
        setErrors(data.error?.fieldErrors ?? {});
        setMessage(data.error?.message ?? `Request failed with status ${response.status}.`);
        return;
      }
      setErrors({});
      form.reset();
      setMessage(`Created “${data.post.title}”.`);
      // The handler cannot send fresh UI back; ask the server for the re-rendered page.
      router.refresh();
    } catch {
      setMessage('Network error: the post was not sent.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <label htmlFor="title">Title</label>
      <input id="title" name="title" aria-describedby="title-error" />
      <p id="title-error" className="error">{errors.title?.join(' ')}</p>
      <label htmlFor="body">Body</label>
      <textarea id="body" name="body" rows={4} aria-describedby="body-error" />
      <p id="body-error" className="error">{errors.body?.join(' ')}</p>
      <button type="submit" disabled={pending}>{pending ? 'Creating…' : 'Create post'}</button>
      <p role="status">{message}</p>
    </form>
  );
}
