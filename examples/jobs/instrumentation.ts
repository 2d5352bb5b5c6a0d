// Next.js calls register() once when a server process starts (next dev, next start), and serves no request until it
// returns: so it only starts this process's job worker on a timer, in the Node.js runtime only. Fine for a demo and
// for one long-lived server; production runs the worker as its own process or uses a hosted queue (see README.md).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.JOB_WORKER === 'off') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return; // if a build step loads this file: no worker there
  const { startWorker } = await import('./lib/worker');
  startWorker();
}
