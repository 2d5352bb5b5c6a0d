// The checks of this example's challenge (lib/checks.ts says what each one proves), run by the check page's button
// (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { db } from '@/lib/db';
import { claimJob, enqueueJob } from '@/lib/jobs';
import { newOwner } from '@/lib/owner';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

/** A job made for a check and deleted again, out of this app's worker's reach while it exists (status 'check'). */
async function withCheckJob(use: (id: string) => Promise<boolean>): Promise<boolean> {
  const made = enqueueJob(newOwner());
  if (!made.ok) return false;
  const id = made.job.id;
  try {
    return await use(id);
  } finally {
    db().run('DELETE FROM jobs WHERE id = ?', id);
  }
}

/** Two claims that start at the same moment, as two workers polling on one clock tick do. */
async function claimTwice(when: number) {
  return Promise.all([claimJob('check-worker-a', when), claimJob('check-worker-b', when)]);
}

const run: Record<CheckId, () => Promise<boolean>> = {
  'claim-once': () =>
    withCheckJob(async (id) => {
      // Only this job is claimable at a time far in the past, before any real job's lease ends.
      db().run("UPDATE jobs SET status = 'running', worker = 'check', lease_until = -2 WHERE id = ?", id);
      const claims = (await claimTwice(-1)).filter((c) => c?.id === id);
      return claims.length === 1;
    }),
  'claim-expired-lease': () =>
    withCheckJob(async (id) => {
      db().run("UPDATE jobs SET status = 'running', worker = 'dead-worker', lease_until = -2 WHERE id = ?", id);
      return (await claimJob('check-worker', -1))?.id === id;
    }),
  'foreign-job-hidden': () =>
    withCheckJob(async (id) => (await fetch(`${self}/api/jobs/${id}`, { headers: { Cookie: `jobs_owner=${newOwner()}` }, cache: 'no-store' })).status === 404),
};

export const runChecks = () => runEachCheck(checks, run);
