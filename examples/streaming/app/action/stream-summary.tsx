'use client';

import { useEffect, useRef, useState } from 'react';
import { PromptFields } from '../prompt-fields';
import { streamSummaryAction } from './actions';

export function StreamSummary() {
  const [ready, setReady] = useState(false);
  const [running, setRunning] = useState(false);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const reader = useRef<ReadableStreamDefaultReader<string> | null>(null);
  const stopped = useRef(false);
  useEffect(() => setReady(true), []);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setText('');
    stopped.current = false;
    setRunning(true);
    setStatus('Generating…');
    try {
      const result = await streamSummaryAction(form.get('prompt'), form.get('length'));
      if (!result.ok) return setStatus(result.message);
      reader.current = result.tokens.getReader();
      if (stopped.current) void reader.current.cancel();
      for (let token = await reader.current.read(); !token.done; token = await reader.current.read()) {
        setText((before) => before + token.value);
      }
      // A cancelled reader also ends with `done`; Stop has already said so.
      setStatus((now) => (now === 'Generating…' ? 'Done.' : now));
    } catch {
      setStatus('The summary failed.');
    } finally {
      reader.current = null;
      setRunning(false);
    }
  }

  function stop() {
    // This only stops reading here. The stream React made on this side has no way to tell the server.
    stopped.current = true;
    void reader.current?.cancel();
    setStatus('Stopped reading. The server was not told and keeps generating.');
  }

  return (
    <form onSubmit={onSubmit}>
      <PromptFields id="streamed" />
      <button type="submit" disabled={!ready || running}>Stream summary</button>{' '}
      <button type="button" disabled={!running} onClick={stop}>Stop</button>
      <p role="status">{status}</p>
      <div role="region" aria-label="Summary" style={{ whiteSpace: 'pre-wrap', minHeight: '3rem' }}>{text}</div>
    </form>
  );
}
