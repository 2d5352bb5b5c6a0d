'use client';

import { useState } from 'react';

export function FeedbackClient() {
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    try {
      const response = await fetch('/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ rating: Number(form.get('rating')), comment: String(form.get('comment') ?? '') }),
      });
      const data = await response.json().catch(() => null);
      setMessage(response.ok && data?.id ? `Thank you (entry ${data.id}).` : (data?.error?.message ?? `The server answered ${response.status}. Try again.`));
    } catch {
      setMessage('The feedback could not be sent. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <label htmlFor="rating">Rating (1 to 5)</label>
      <input id="rating" name="rating" type="number" min={1} max={5} required />
      <label htmlFor="comment">Comment</label>
      <textarea id="comment" name="comment" maxLength={500} />
      <button type="submit" disabled={pending}>{pending ? 'Sending…' : 'Send feedback'}</button>
      <p role="status">{message}</p>
    </form>
  );
}
