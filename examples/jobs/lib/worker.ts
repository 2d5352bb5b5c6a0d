// The worker: claims one job at a time and runs it. instrumentation.ts starts one in every Node.js server process of
// this app, so two `next start` instances are two workers on one database; the claim in lib/jobs.ts keeps them apart.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { claimJob, runJob } from './jobs';
import { budgetFrom } from './write-budget';

const state = ((globalThis as { __jobWorker?: { started: boolean } }).__jobWorker ??= { started: false });

export function startWorker() {
  if (state.started) return; // once per process, also across dev-server reloads
  if (process.env.JOB_WORKER === 'off') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return; // if a build step loads instrumentation: no worker there
  state.started = true;
  const name = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const pollMs = budgetFrom('JOB_POLL_MS', 500) || 500;
  const tick = async () => {
    try {
      // Work through the queue, then wait for the next tick.
      for (let job = await claimJob(name); job; job = await claimJob(name)) await runJob(job, name);
    } catch (error) {
      console.error('job worker:', error);
    }
    // Every worker polls on the same ticks of the clock: the worst case for a claim, which lib/jobs.ts must survive.
    setTimeout(tick, pollMs - (Date.now() % pollMs)).unref();
  };
  setTimeout(tick, pollMs - (Date.now() % pollMs)).unref();
}
