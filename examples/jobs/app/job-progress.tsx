'use client';

// Both sides show a job the same way: by polling its Route Handler, GET /api/jobs/<id>, until it ends.
import { useEffect, useState, type ReactNode } from 'react';
import type { Job } from '@/lib/jobs';

const ended = (job: Job) => job.status === 'done' || job.status === 'cancelled' || job.status === 'failed';

export function JobProgress({ initial, cancel }: { initial: Job; cancel: ReactNode }) {
  const [job, setJob] = useState<Job & { log?: string[] }>(initial);
  const [gone, setGone] = useState(false);
  const [failures, setFailures] = useState(0);
  useEffect(() => {
    if (ended(job) || gone) return;
    // Every 300 ms while the server answers; slower and slower while it does not.
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/jobs/${initial.id}`, { cache: 'no-store' }).catch(() => null);
      if (response?.status === 404) return setGone(true); // no such job (any more): stop asking
      if (response?.ok) {
        setFailures(0);
        setJob((await response.json()).job);
      } else setFailures((n) => n + 1);
    }, 300 * 2 ** Math.min(failures, 5));
    return () => clearTimeout(timer);
  }, [job, gone, failures, initial.id]);
  if (gone) return <p role="status">This report no longer exists.</p>;
  return (
    <section aria-label="Job">
      <progress aria-label="Report progress" max={job.steps} value={job.doneSteps} />
      <p role="status">{`${job.status}: ${job.doneSteps} of ${job.steps} steps`}</p>
      {!ended(job) && cancel}
      {job.log && job.log.length > 0 && <p>Log: {job.log.join(', ')}</p>}
    </section>
  );
}
