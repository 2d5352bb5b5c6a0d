// Test fixture for the example apps: per worker, builds one example as StackBlitz would (WebAssembly SWC, no
// network), builds it again normally with `next build`, starts `next start`, and serves it to the tests.
import { test as base, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../scripts/free-port';

const root = resolve(import.meta.dirname, '../..');
const nextBin = join(root, 'node_modules/next/dist/bin/next');
const simulate = join(import.meta.dirname, 'simulate-webcontainer.cjs');

export interface ExampleApp {
  id: string;
  dir: string;
  url: string;
  /** What the WebContainer-style build printed. */
  wasmBuildLog: string;
  /** What the server has printed so far (its log: warnings, error digests). */
  output: () => string;
}

function nextBuild(dir: string, env: Record<string, string>): string {
  rmSync(join(dir, '.next'), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    timeout: 240_000,
  });
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`next build failed in ${dir}:\n${log}`);
  return log;
}

async function waitForServer(url: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited early:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`next start did not answer at ${url} within 60 s:\n${output()}`);
}

/** A running `next start` of an example's build. */
export interface NextServer {
  url: string;
  output: () => string;
  stop: () => void;
}

/**
 * Starts `next start` on a free port for an example that has been built. Tests that need the same build under
 * another configuration (say, a different number of trusted proxies) start a second one with other `env`.
 */
export async function startNext(dir: string, env: Record<string, string> = {}): Promise<NextServer> {
  const port = await freePort();
  let output = '';
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(url, server, () => output);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { url, output: () => output, stop: () => server.kill() };
}

export const test = base.extend<object, { exampleId: string; exampleEnv: Record<string, string>; app: ExampleApp }>({
  exampleId: ['', { scope: 'worker', option: true }],
  /** Environment for the example's `next start` (its configuration, as a reader would set it). */
  exampleEnv: [{}, { scope: 'worker', option: true }],
  app: [
    async ({ exampleId, exampleEnv }, use) => {
      if (!exampleId) throw new Error('Set the example with test.use({ exampleId: "<id>" }).');
      const dir = join(root, 'examples', exampleId);
      const reuse = process.env.REUSE_EXAMPLE_BUILDS === '1' && existsSync(join(dir, '.next/BUILD_ID'));
      let wasmBuildLog = reuse ? '(reused build)' : '';
      if (!reuse) {
        wasmBuildLog = nextBuild(dir, {
          NODE_OPTIONS: `--require ${simulate}`,
          // Any download attempt (of SWC, say) fails at once instead of reaching a registry.
          npm_config_registry: 'http://127.0.0.1:9/',
        });
        nextBuild(dir, {});
      }
      const server = await startNext(dir, exampleEnv);
      try {
        await use({ id: exampleId, dir, url: server.url, wasmBuildLog, output: server.output });
      } finally {
        server.stop();
      }
    },
    { scope: 'worker', timeout: 420_000 },
  ],
  baseURL: async ({ app }, use) => use(app.url),
});

export { expect };

/** Reads a file of the example, for tests that compare what the app serves with its source. */
export const readExampleFile = (id: string, path: string) => readFileSync(join(root, 'examples', id, path), 'utf8');

/**
 * Captures the request a browser sends when it calls a Server Action, so a test can replay it outside the
 * browser: the same URL, headers and encoded body.
 */
export async function captureActionRequest(page: import('@playwright/test').Page, act: () => Promise<void>) {
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']), act()]);
  const headers = await request.allHeaders();
  return {
    url: request.url(),
    headers: Object.fromEntries(
      Object.entries(headers).filter(([k]) => ['next-action', 'next-router-state-tree', 'accept', 'content-type'].includes(k)),
    ),
    body: request.postDataBuffer(),
  };
}
