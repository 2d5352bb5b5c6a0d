'use client';

// Both sides show a job the same way: by polling its Route Handler, GET /api/jobs/<id>, until it ends.
import { useEffect, useState, type ReactNode } from 'react';
import type { Job } from '@/lib/jobs';

const ended = (job: Job) => job.status === 'done' || job.status === 'cancelled' || job.status === 'failed';

export function JobProgress({ initial, cancel }: { initial: Job; cancel: ReactNode }) {
  const [job, setJob] = useState<Job & { log?: string[] }>(initial);
  useEffect(() => {
    if (ended(job)) return;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/jobs/${initial.id}`, { cache: 'no-store' }).catch(() => null);
      // On a failed poll, keep the last state; the next render schedules another try.
      setJob(response?.ok ? (await response.json()).job : { ...job });
    }, 300);
    return () => clearTimeout(timer);
  }, [job, initial.id]);
  return (
    <section aria-label="Job">
      <progress aria-label="Report progress" max={job.steps} value={job.doneSteps} />
      <p role="status">{`${job.status}: ${job.doneSteps} of ${job.steps} steps`}</p>
      {!ended(job) && cancel}
      {job.log && job.log.length > 0 && <p>Log: {job.log.join(', ')}</p>}
    </section>
  );
}
