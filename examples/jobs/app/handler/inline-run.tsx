'use client';

import { useRef, useState } from 'react';

export function InlineRun() {
  const controller = useRef<AbortController | null>(null);
  const [status, setStatus] = useState('');

  async function run() {
    controller.current = new AbortController();
    setStatus('Working…');
    try {
      const response = await fetch('/api/inline', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', signal: controller.current.signal });
      const body = await response.json();
      setStatus(response.ok ? `Finished: ${body.doneSteps} of ${body.steps} steps.` : body.error.message);
    } catch {
      // Aborting the fetch closes the connection; the handler's request.signal aborts, and it stops.
      setStatus(controller.current.signal.aborted ? 'Stopped. The handler saw the connection close and stopped too.' : 'The connection failed.');
    }
  }

  return (
    <div aria-label="Inline report" role="group">
      <button type="button" onClick={run}>Run the report inline</button>
      <button type="button" onClick={() => controller.current?.abort()}>Stop</button>
      <p role="status">{status}</p>
    </div>
  );
}
