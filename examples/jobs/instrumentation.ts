// Next.js calls register() once when a server process starts (next dev, next start), and serves no request until it
// returns: so it only starts this process's job worker on a timer, in the Node.js runtime only. Fine for a demo and
// for one long-lived server; production runs the worker as its own process or uses a hosted queue (see README.md).
export async function register() {
  // This exact check around the import: the bundler drops the import from the Edge build of this file, which
  // could not load node:crypto (next dev fails to compile it otherwise).
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startWorker } = await import('./lib/worker');
    startWorker();
  }
}
