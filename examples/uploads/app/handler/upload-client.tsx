'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

export function UploadClient() {
  const router = useRouter();
  const [message, setMessage] = useState('');

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return setMessage('Choose a file to upload.');
    const response = await fetch('/api/uploads', {
      method: 'POST',
      headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
      body: file,
    }).catch(() => null);
    if (!response) return setMessage('Network error: the file was not uploaded.');
    const data = await response.json();
    setMessage(response.ok ? `Uploaded ${data.upload.name} (${data.upload.size} bytes).` : data.error.message);
    if (response.ok) router.refresh();
  }

  return (
    <form onSubmit={onSubmit}>
      <label htmlFor="file">File (PNG, JPEG or text, at most 5 MB)</label>
      <input id="file" name="file" type="file" accept="image/png,image/jpeg,text/plain" />
      <button type="submit">Upload</button>
      <p role="status">{message}</p>
    </form>
  );
}
