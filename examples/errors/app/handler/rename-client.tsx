'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Project } from '@/lib/projects';

export function RenameClient({ project }: { project: Project }) {
  const router = useRouter();
  const [message, setMessage] = useState('');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const response = await fetch(`/api/projects/${project.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: data.get('name'), simulateFailure: data.get('simulateFailure') === 'on' }),
    }).catch(() => null);
    if (!response) return setMessage('Network error: nothing was changed.');
    const body = await response.json().catch(() => null);
    if (response.ok) {
      setMessage(`Renamed to ${body.project.name}.`);
      router.refresh();
    } else if (response.status >= 500) {
      setMessage(`Something went wrong on our side. Reference: ${body?.error?.requestId ?? 'none'}.`);
    } else {
      setMessage(body?.error?.fieldErrors?.name?.join(' ') ?? body?.error?.message ?? `Failed with ${response.status}.`);
    }
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Rename ${project.name}`}>
      <label htmlFor={`name-${project.id}`}>New name</label>
      <input id={`name-${project.id}`} name="name" defaultValue={project.name} />
      <label>
        <input type="checkbox" name="simulateFailure" /> Simulate an unexpected server failure
      </label>
      <button type="submit">Rename</button>
      <p role="status">{message}</p>
    </form>
  );
}
