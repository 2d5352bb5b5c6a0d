// npm run bench:patterns: Server Action vs Route Handler latency, measured on examples/latency with next start.
// Actions are called exactly as a browser calls them: the headers and body are captured from real clicks.
// Writes content/performance/latency.json, which the performance lesson turns into charts at build time.
import { chromium } from '@playwright/test';
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.ts';
import { freePort } from './free-port.ts';

const root = resolve(import.meta.dirname, '..');
const app = resolve(root, 'examples/latency');
const nextBin = resolve(root, 'node_modules/next/dist/bin/next');
const connections = [1, 10, 50];
const warmupSeconds = 2;
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 6);
const browserRuns = 10;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (xs) => percentile([...xs].sort((a, b) => a - b), 50);
const round = (n) => Math.round(n * 100) / 100;

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;

console.log('Building examples/latency with next build…');
const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: app, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: app, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });

/** Runs one load test: a warm-up, then `durationSeconds` of measurement with every response time recorded. */
async function load({ method, path, headers, body }, conns) {
  await autocannon({ url: origin + path, method, headers, body, connections: conns, duration: warmupSeconds });
  const times = [];
  const instance = autocannon({ url: origin + path, method, headers, body, connections: conns, duration: durationSeconds });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

try {
  let ready = false;
  for (let i = 0; i < 150 && !ready; i++) {
    ready = await fetch(origin).then((r) => r.ok, () => false);
    if (!ready) await new Promise((r) => setTimeout(r, 200));
  }
  if (!ready) throw new Error(`next start did not answer at ${origin} within 30 s.`);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

  // Capture the requests a real browser sends: the three actions in order, and the handler side's refresh.
  const capture = async (path, keep) => {
    const page = await browser.newPage();
    const seen = [];
    page.on('request', (r) => keep(r) && seen.push(r));
    await page.goto(origin + path);
    await page.getByRole('button', { name: 'Time the three operations' }).click();
    await page.getByRole('row', { name: /^Write and show the updated page/ }).waitFor();
    const requests = await Promise.all(
      seen.map(async (r) => {
        const h = await r.allHeaders();
        const pick = Object.fromEntries(Object.entries(h).filter(([k]) => ['next-action', 'next-router-state-tree', 'accept', 'content-type', 'rsc', 'next-url'].includes(k)));
        return { method: r.method(), path: new URL(r.url()).pathname + new URL(r.url()).search, headers: pick, body: r.postDataBuffer() ?? undefined };
      }),
    );
    await page.close();
    return requests;
  };
  const [noopAction, writeAction, revalidateAction] = await capture('/action', (r) => r.method() === 'POST' && !!r.headers()['next-action']);
  const refresh = (await capture('/handler', (r) => r.method() === 'GET' && r.headers()['rsc'] === '1' && new URL(r.url()).pathname === '/handler'))[0];
  if (!revalidateAction || !refresh) throw new Error('Could not capture the browser requests to replay.');
  const json = { 'content-type': 'application/json' };
  const note = Buffer.from(JSON.stringify({ text: 'Measured write' }));

  const operations = [
    { operation: 'noop', side: 'action', request: noopAction },
    { operation: 'noop', side: 'handler', request: { method: 'POST', path: '/api/noop' } },
    { operation: 'write', side: 'action', request: writeAction },
    { operation: 'write', side: 'handler', request: { method: 'POST', path: '/api/write', headers: json, body: note } },
    { operation: 'write-revalidate', side: 'action', request: revalidateAction },
    // The handler side needs two requests for the same result: the write, then the page's RSC refresh.
    { operation: 'write-revalidate', side: 'handler', part: 'write', request: { method: 'POST', path: '/api/write', headers: json, body: note } },
    { operation: 'write-revalidate', side: 'handler', part: 'refresh', request: refresh },
  ];
  const load_ = [];
  for (const op of operations) {
    for (const c of connections) {
      const stats = await load(op.request, c);
      console.log(`${op.operation.padEnd(17)} ${op.side.padEnd(8)} ${(op.part ?? '').padEnd(8)} ${String(c).padStart(2)} conns  p50 ${stats.p50} ms  p95 ${stats.p95}  p99 ${stats.p99}  ${stats.requestsPerSecond} req/s`);
      if (stats.errors > 0 || stats.non2xx > 0) throw new Error(`${op.operation}/${op.side}: ${stats.errors} errors, ${stats.non2xx} non-2xx answers`);
      load_.push({ operation: op.operation, side: op.side, ...(op.part && { part: op.part }), connections: c, ...stats });
    }
  }

  // End to end from real clicks: each operation timed in the page, and five slow calls fired at once.
  const clicks = {};
  const burst = {};
  for (const side of ['action', 'handler']) {
    const page = await browser.newPage();
    await page.goto(`${origin}/${side}`);
    const samples = { noop: [], write: [], 'write-revalidate': [] };
    for (let i = 0; i < browserRuns; i++) {
      await page.getByRole('button', { name: 'Time the three operations' }).click();
      await page.getByRole('button', { name: 'Time the three operations' }).waitFor({ state: 'visible' });
      await page.waitForFunction(() => !document.querySelector('button[disabled]'));
      const cells = await page.getByRole('table', { name: 'Timings' }).getByRole('cell').allTextContents();
      cells.map((c) => Number.parseInt(c, 10)).forEach((ms, j) => samples[['noop', 'write', 'write-revalidate'][j]].push(ms));
    }
    clicks[side] = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
    await page.getByRole('button', { name: 'Fire five 100 ms calls at once' }).click();
    await page.getByRole('status').filter({ hasText: 'Five calls finished' }).waitFor();
    burst[side] = (await page.getByRole('status').textContent()).match(/\d+/g).map(Number);
    await page.close();
  }
  await browser.close();

  const next = JSON.parse(readFileSync(resolve(root, 'node_modules/next/package.json'), 'utf8')).version;
  const results = {
    measuredAt: new Date().toISOString(),
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}` },
    node: process.version,
    next,
    settings: { tool: `autocannon ${JSON.parse(readFileSync(resolve(root, 'node_modules/autocannon/package.json'), 'utf8')).version}`, warmupSeconds, durationSeconds, connections, browserRuns },
    load: load_,
    browser: { medianMs: clicks, burstFinishMs: burst },
  };
  writeFileSync(resolve(root, 'content/performance/latency.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Wrote content/performance/latency.json');
} finally {
  server.kill();
}
