// Test fixture for the example apps. Each example is tested as two targets (playwright.examples.config.ts has one
// project per target). "sandbox": per worker, builds examples/<id> on Next 15.4 as StackBlitz would (WebAssembly SWC,
// no network) and starts `next start` on that build. "download": unpacks the site's
// dist/downloads/<id>.zip (Next 16) into a temporary folder, runs `npm install` and `next build` there as a reader
// would, and starts that. The same tests then run against either.
import { test as base, expect } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { freePort } from '../../scripts/free-port';

const root = resolve(import.meta.dirname, '../..');
const simulate = join(import.meta.dirname, 'simulate-webcontainer.cjs');
const databasesDir = join(tmpdir(), 'course-example-databases');
mkdirSync(databasesDir, { recursive: true });

/**
 * The Next.js an app runs, as Node would resolve it from `dir`: its own install (a download), a parent folder's (a
 * copy built inside an app's folder), or the workspace's (examples/<id> on 15.4).
 */
const nextBinOf = (dir: string): string => {
  for (let at = dir; dirname(at) !== at; at = dirname(at)) {
    const bin = join(at, 'node_modules/next/dist/bin/next');
    if (existsSync(bin)) return bin;
  }
  return join(root, 'node_modules/next/dist/bin/next');
};

export type ExampleTarget = 'sandbox' | 'download';

export interface ExampleApp {
  id: string;
  dir: string;
  url: string;
  /** Which build: the sandbox's (examples/<id>, Next 15.4) or the .zip download's (Next 16). */
  target: ExampleTarget;
  /** The Next.js version the app runs, from its installed package. */
  nextVersion: string;
  /** What the WebContainer-style build printed (sandbox target only). */
  wasmBuildLog: string;
  /** What the server has printed so far (its log: warnings, error digests). */
  output: () => string;
  /** The SQLite file this server opened (a fresh one per server): a second server given it shares the data. */
  databaseFile: string;
  /** The environment the server was started with beyond the test runner's: to start a second instance like it. */
  env: Record<string, string>;
}

/** Runs `next build` in `dir` (after removing any earlier build) and returns what it printed. */
export function nextBuild(dir: string, env: Record<string, string>): string {
  rmSync(join(dir, '.next'), { recursive: true, force: true });
  const result = spawnSync(process.execPath, [nextBinOf(dir), 'build'], {
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

export const nextVersionOf = (dir: string): string =>
  (JSON.parse(readFileSync(join(dirname(nextBinOf(dir)), '../../package.json'), 'utf8')) as { version: string }).version;

/** A running `next start` of an example's build. */
export interface NextServer {
  url: string;
  output: () => string;
  databaseFile: string;
  stop: () => void;
}

/**
 * Starts a second `next start` of the same build with `env` added, hands it to `use`, and stops it afterwards. For
 * what the app does under another configuration, such as a missing secret.
 */
export async function withServer<T>(dir: string, env: Record<string, string>, use: (server: NextServer) => Promise<T>): Promise<T> {
  const server = await startNext(dir, env);
  try {
    return await use(server);
  } finally {
    server.stop();
  }
}

/**
 * Starts two instances of the app on one new, empty database file: the same build and configuration on two ports, as
 * a load balancer would run them. Process memory is not shared between them; only the database is.
 */
export async function withTwoInstances<T>(app: ExampleApp, use: (servers: [NextServer, NextServer]) => Promise<T>): Promise<T> {
  // Two processes on one file need to wait for each other's locks, which the built-in driver does and the WebAssembly
  // one (the sandbox's, where one dev server runs) does not: so both instances run on Node's built-in SQLite.
  const { NODE_OPTIONS: _simulated, ...configuration } = app.env;
  const env = { ...configuration, DATABASE_FILE: join(databasesDir, `${app.id}-shared-${randomUUID()}.db`) };
  const first = await startNext(app.dir, env);
  try {
    const second = await startNext(app.dir, env);
    try {
      return await use([first, second]);
    } finally {
      second.stop();
    }
  } finally {
    first.stop();
  }
}

/**
 * Starts `next start` on a free port for an example that has been built. Tests that need the same build under
 * another configuration (say, a different number of trusted proxies) start a second one with other `env`.
 */
export async function startNext(dir: string, env: Record<string, string> = {}): Promise<NextServer> {
  const port = await freePort();
  let output = '';
  // Each server gets an empty database unless the test passes one to share (two instances of one app).
  const databaseFile = env.DATABASE_FILE ?? join(databasesDir, `${basename(dir)}-${port}-${Date.now()}.db`);
  const server = spawn(process.execPath, [nextBinOf(dir), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env, DATABASE_FILE: databaseFile },
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
  return { url, output: () => output, databaseFile, stop: () => server.kill() };
}

/**
 * Unpacks the example's .zip from the built site into a temporary folder, installs it with npm and builds it: what a
 * reader who downloads it does. Returns the folder.
 */
export function prepareDownload(id: string, reuse: boolean): string {
  const zip = join(root, 'dist/downloads', `${id}.zip`);
  if (!existsSync(zip)) throw new Error(`${zip} does not exist: run \`npm run build\` first (npm test does).`);
  const parent = join(tmpdir(), 'course-example-downloads');
  const dir = join(parent, id);
  if (reuse && existsSync(join(dir, '.next/BUILD_ID'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(parent, path)), { recursive: true });
    writeFileSync(join(parent, path), bytes);
  }
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  if (install.status !== 0) throw new Error(`npm install failed in the unpacked ${id}.zip:\n${install.stdout}\n${install.stderr}`);
  nextBuild(dir, {});
  return dir;
}

export const test = base.extend<object, { exampleId: string; exampleEnv: Record<string, string>; exampleTarget: ExampleTarget; app: ExampleApp }>({
  exampleId: ['', { scope: 'worker', option: true }],
  /** Environment for the example's `next start` (its configuration, as a reader would set it). */
  exampleEnv: [{}, { scope: 'worker', option: true }],
  /** Set per project in playwright.examples.config.ts. */
  exampleTarget: ['sandbox', { scope: 'worker', option: true }],
  app: [
    async ({ exampleId, exampleEnv, exampleTarget }, use) => {
      if (!exampleId) throw new Error('Set the example with test.use({ exampleId: "<id>" }).');
      const reuseWanted = process.env.REUSE_EXAMPLE_BUILDS === '1';
      if (exampleTarget === 'download') {
        const dir = prepareDownload(exampleId, reuseWanted);
        const server = await startNext(dir, exampleEnv);
        try {
          await use({ id: exampleId, dir, url: server.url, target: exampleTarget, nextVersion: nextVersionOf(dir), wasmBuildLog: '', output: server.output, databaseFile: server.databaseFile, env: exampleEnv });
        } finally {
          server.stop();
        }
        return;
      }
      const dir = join(root, 'examples', exampleId);
      const reuse = reuseWanted && existsSync(join(dir, '.next/BUILD_ID'));
      let wasmBuildLog = reuse ? '(reused build)' : '';
      if (!reuse) {
        wasmBuildLog = nextBuild(dir, {
          NODE_OPTIONS: `--require ${simulate}`,
          // Any download attempt (of SWC, say) fails at once instead of reaching a registry.
          npm_config_registry: 'http://127.0.0.1:9/',
        });
        // The tests run on this build: a second, native build of the same code cost a build per example and
        // tested nothing the WebAssembly one does not.
      }
      // Run as in the sandbox too: without node:sqlite, so the examples' WebAssembly SQLite driver is what is tested.
      const env = { NODE_OPTIONS: `--require ${simulate}`, ...exampleEnv };
      const server = await startNext(dir, env);
      try {
        await use({ id: exampleId, dir, url: server.url, target: exampleTarget, nextVersion: nextVersionOf(dir), wasmBuildLog, output: server.output, databaseFile: server.databaseFile, env });
      } finally {
        server.stop();
      }
    },
    { scope: 'worker', timeout: 600_000 },
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
