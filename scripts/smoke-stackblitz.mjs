// npm run smoke:stackblitz: the one check that needs the real StackBlitz. Builds the site, serves it with its
// production headers, presses "Run live" on every example's page in Chromium and waits (bounded) until the
// example's preview answers inside the embed. Prints one line per example and exits 1 when any fails.
// Not part of npm test: it needs the internet, and takes minutes (each example installs and compiles Next.js).
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.ts';
import { freePort } from './free-port.ts';

const root = resolve(import.meta.dirname, '..');
/** How long one example may take from "Run live" to an answering preview: a cold install and compile. */
const timeoutMs = Number(process.env.SMOKE_TIMEOUT_SECONDS ?? 240) * 1000;
const only = process.argv.slice(2);
const ids = readdirSync(resolve(root, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'node_modules' && (only.length === 0 || only.includes(d.name)))
  .map((d) => d.name)
  .sort();
// WebContainer previews are served from these hosts (inside StackBlitz's frame).
const previewHost = /(^|\.)(webcontainer|webcontainer-api|stackblitz)\.io$/;

console.log('Building the site…');
const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
if (build.status !== 0) {
  console.error(build.stdout, build.stderr, '\nThe build failed; nothing was smoke-tested.');
  process.exit(1);
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
// astro preview serves dist/ with dist/_headers (scripts/preview-server.mjs): cross-origin isolation as on the host.
const server = spawn(resolve(root, 'node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const results = [];
try {
  await waitForServer(origin);
  for (const id of ids) {
    const started = Date.now();
    const outcome = await smoke(id).catch((error) => ({ ok: false, why: `the check itself failed: ${error.message}` }));
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    results.push({ id, ...outcome });
    console.log(`${outcome.ok ? 'ok  ' : 'FAIL'} ${id} (${seconds} s): ${outcome.why}`);
  }
} finally {
  await browser.close();
  server.kill();
}

const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} of ${results.length} examples ran in StackBlitz.`);
if (failed.length) {
  console.log(`Failed: ${failed.map((r) => r.id).join(', ')}.`);
  process.exit(1);
}

/** Opens /examples/<id>/, presses "Run live" and waits for the preview; says what happened either way. */
async function smoke(id) {
  const sandbox = JSON.parse(readFileSync(resolve(root, 'examples', id, 'sandbox.json'), 'utf8'));
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  const problems = [];
  page.on('requestfailed', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) problems.push(`${request.method()} ${url.origin}${url.pathname} failed (${request.failure()?.errorText})`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text().slice(0, 200)}`);
  });
  try {
    await page.goto(`/examples/${id}/`);
    if (!(await page.evaluate(() => window.crossOriginIsolated))) {
      return { ok: false, why: 'the page is not cross-origin isolated (check the COOP/COEP headers the preview server sends)' };
    }
    const pair = page.locator('sandbox-pair').first();
    await pair.getByRole('button', { name: 'Run live' }).click();
    const status = pair.getByRole('status');
    const deadline = Date.now() + timeoutMs;
    let lastStatus = '';
    while (Date.now() < deadline) {
      const preview = await answeringPreview(page);
      if (preview) return { ok: true, why: `preview answered at ${preview}${new URL(preview).pathname === sandbox.preview ? '' : ` (expected path ${sandbox.preview})`}` };
      // The page gave up and said why (nothing was embedded): no point waiting out the timeout.
      const gaveUp = await status.evaluate((el) => el.classList.contains('error'));
      lastStatus = (await status.textContent())?.trim() ?? '';
      if (gaveUp) return { ok: false, why: `the page reported: "${lastStatus}"${describe(problems)}` };
      await new Promise((done) => setTimeout(done, 2000));
    }
    const frames = page.frames().map((f) => f.url()).filter((u) => u.startsWith('http') && !u.startsWith(origin));
    return {
      ok: false,
      why: `no preview answered within ${timeoutMs / 1000} s; status: "${lastStatus}"; frames: ${frames.join(', ') || 'none'}${describe(problems)}`,
    };
  } finally {
    await context.close();
  }
}

/** The URL of a WebContainer preview frame that has rendered something, if any. */
async function answeringPreview(page) {
  for (const frame of page.frames()) {
    let host = '';
    try {
      host = new URL(frame.url()).hostname;
    } catch {
      continue;
    }
    if (!previewHost.test(host) || host === 'stackblitz.com') continue;
    const rendered = await frame
      .evaluate(() => document.readyState === 'complete' && document.body.innerText.trim().length > 0 && !/Application error|Internal Server Error/.test(document.body.innerText))
      .catch(() => false);
    if (rendered) return frame.url();
  }
  return null;
}

function describe(problems) {
  return problems.length ? `; ${[...new Set(problems)].slice(0, 3).join('; ')}` : '';
}

async function waitForServer(url) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`The preview server did not answer at ${url} within 30 s.`);
}
