// Next.js calls register() once when a server process starts (next dev, next start), before it serves requests. Here
// it starts this process's job worker, in the Node.js runtime only. Fine for a demo and a single server; production
// runs the worker as its own process or uses a hosted queue (the lesson says why).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.JOB_WORKER === 'off') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return; // never during next build
  const { startWorker } = await import('./lib/worker');
  startWorker();
}
