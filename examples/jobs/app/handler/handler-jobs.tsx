'use client';

import { useState } from 'react';
import { JobProgress } from '@/app/job-progress';
import type { Job } from '@/lib/jobs';

export function HandlerJobs() {
  const [job, setJob] = useState<{ job: Job; location: string } | null>(null);
  const [message, setMessage] = useState('');

  async function start() {
    setMessage('');
    const response = await fetch('/api/jobs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).catch(() => null);
    if (!response) return setMessage('The report could not be started. Check your connection.');
    const body = await response.json();
    // 202 Accepted: the work is queued; Location says where to ask how it goes.
    if (response.status === 202) setJob({ job: body.job, location: response.headers.get('Location')! });
    else setMessage(body.error?.message ?? `The server answered ${response.status}.`);
  }

  async function cancel(location: string) {
    const response = await fetch(location, { method: 'DELETE' }).catch(() => null);
    setMessage(response?.ok ? 'Cancelled. The worker stops at its next step.' : 'Nothing to cancel.');
  }

  return (
    <>
      <button type="button" onClick={start}>Start a report</button>
      <p role="status">{message}</p>
      {job && (
        <JobProgress
          key={job.job.id}
          initial={job.job}
          cancel={<button type="button" onClick={() => cancel(job.location)}>Cancel</button>}
        />
      )}
    </>
  );
}
