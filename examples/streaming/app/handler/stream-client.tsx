'use client';

import { useEffect, useRef, useState } from 'react';
import { readEvents } from '@/lib/sse';
import { PromptFields } from '../prompt-fields';

export function StreamClient() {
  const [ready, setReady] = useState(false);
  const [running, setRunning] = useState(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const abort = useRef<AbortController | null>(null);
  useEffect(() => setReady(true), []);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const controller = (abort.current = new AbortController());
    setText('');
    setRunning(true);
    setStatus('Generating…');
    try {
      // EventSource can only send a GET without a body, so a POST with JSON is read with fetch instead.
      const response = await fetch('/api/stream', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ prompt: form.get('prompt'), length: form.get('length') }),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        const answer = await response.json().catch(() => null);
        return setStatus(answer?.error?.message ?? `The server answered ${response.status}.`);
      }
      for await (const message of readEvents(response.body)) {
        if (message.event === 'token') setText((before) => before + JSON.parse(message.data).text);
        if (message.event === 'done') setStatus('Done.');
      }
    } catch {
      setStatus(controller.signal.aborted ? 'Stopped. The connection closed, so the server stopped generating.' : 'The connection failed.');
    } finally {
      setRunning(false);
    }
  }

  return (
    <form onSubmit={onSubmit}>
      <PromptFields id="handler" />
      <button type="submit" disabled={!ready || running}>Stream summary</button>{' '}
      <button type="button" disabled={!running} onClick={() => abort.current?.abort()}>Stop</button>
      <p role="status">{status}</p>
      <div role="region" aria-label="Summary" style={{ whiteSpace: 'pre-wrap', minHeight: '3rem' }}>{text}</div>
    </form>
  );
}
