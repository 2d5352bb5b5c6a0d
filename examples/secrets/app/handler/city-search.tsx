'use client';

import { useState } from 'react';

type Place = { name: string; country: string; lat: number; lon: number };

export function CitySearch() {
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('city') ?? '');
    setPending(true);
    try {
      const response = await fetch(`/api/cities?name=${encodeURIComponent(name)}`);
      const data = await response.json();
      const place: Place | undefined = data.place;
      setText(place ? `${place.name}, ${place.country}: ${place.lat}, ${place.lon}` : data.error.message);
    } catch {
      setText('Network error.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <label htmlFor="city">City</label>
      <input id="city" name="city" placeholder="Lisbon" />
      <button type="submit" disabled={pending}>{pending ? 'Looking up…' : 'Look up'}</button>
      <p role="status">{text}</p>
    </form>
  );
}
