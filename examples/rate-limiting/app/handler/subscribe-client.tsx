'use client';

import { useState } from 'react';

export function SubscribeClient() {
  const [message, setMessage] = useState('');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = new FormData(event.currentTarget).get('email');
    const response = await fetch('/api/subscribe', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    }).catch(() => null);
    if (!response) return setMessage('Network error.');
    const data = await response.json();
    setMessage(response.ok ? `Subscribed ${data.email}.` : data.error.message);
  }

  return (
    <form onSubmit={onSubmit}>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" required />
      <button type="submit">Subscribe</button>
      <p role="status">{message}</p>
    </form>
  );
}
