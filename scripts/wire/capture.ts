// `npm run capture:wire [-- <id> ...]`: builds each paired example on both targets (the sandbox on Next 15.4 in
// place; the Next 16 download, written from the same transform as the .zip into a temporary folder, installed, built),
// starts it, makes each side send its main request as specs.ts describes, and writes what went over the wire to
// content/wire/<target>/<id>.json, with a hash of that target's files and a seal (src/lib/wire.ts). WIRE_TARGETS=next16
// records one target only. Runs with Playwright's runner for its browser and TypeScript.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { nextBuild, nextVersionOf, startNext } from '../../tests/examples/fixture';
import { readNext16Files } from '../../src/lib/next16';
import { exampleHash, sealOf, wirePath, wireRoot, wireSides, wireTargets, type WireBody, type WireCapture, type WireExchange, type WireHeaders, type WireSide } from '../../src/lib/wire';
import { specs, type SideSpec } from './specs';

const root = resolve(import.meta.dirname, '../..');
const only = (process.env.WIRE_EXAMPLES ?? '').split(',').filter(Boolean);
const unknown = only.filter((id) => !(id in specs));
if (unknown.length > 0) throw new Error(`No capture recipe for ${unknown.join(', ')} in scripts/wire/specs.ts. Known: ${Object.keys(specs).join(', ')}.`);
const targets = wireTargets.filter((t) => !process.env.WIRE_TARGETS || process.env.WIRE_TARGETS.split(',').includes(t));

/** Headers that say nothing about the exchange (the browser's own, transport details, the clock). */
const dropped = new Set([
  'user-agent', 'accept-encoding', 'accept-language', 'connection', 'keep-alive', 'host', 'referer', 'date',
  'sec-ch-ua', 'sec-ch-ua-mobile', 'sec-ch-ua-platform', 'sec-fetch-dest', 'sec-fetch-mode', 'sec-fetch-site', 'sec-fetch-user', 'priority', 'pragma',
]);
const maxHeader = 160;
const maxBody = 1500;

const portless = (text: string) => text.replace(/\b(?:127\.0\.0\.1|localhost):\d+/g, 'localhost:3000');

function headers(list: { name: string; value: string }[]): WireHeaders {
  return list
    .map(({ name, value }) => [name.toLowerCase(), value] as [string, string])
    .filter(([name]) => !dropped.has(name) && !name.startsWith(':'))
    .map(([name, value]) => {
      const v = portless(value);
      // A cookie's attributes are the point of showing it, so Set-Cookie is never clipped.
      return [name, name !== 'set-cookie' && v.length > maxHeader ? `${v.slice(0, maxHeader)}…` : v];
    });
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * A React Server Components (Flight) answer, shortened to what a reader looks for, in order: row 0 (what the action
 * returns and, when it revalidated, the new page tree), row 1 (the return value) and the rows after them (streamed
 * values, say), each clipped. Rows that only reference client modules or React symbols are counted, not shown.
 */
function flightExcerpt(text: string): string {
  const out: string[] = [];
  let modules = 0;
  let more = 0;
  let budget = maxBody;
  const flush = () => {
    if (modules > 0) out.push(`… ${modules} row${modules === 1 ? '' : 's'} naming client modules and React symbols …`);
    if (more > 0) out.push(`… ${more} more row${more === 1 ? '' : 's'} …`);
    modules = more = 0;
  };
  for (const row of text.split('\n').filter(Boolean)) {
    if (/^[0-9a-f]+:(I\[|"\$S)/.test(row)) {
      modules++;
      continue;
    }
    const first = /^[01]:/.test(row);
    if (!first && budget <= 0) {
      more++;
      continue;
    }
    flush();
    const shown = clip(row, first ? 500 : 200);
    out.push(shown);
    if (!first) budget -= shown.length;
  }
  flush();
  return out.join('\n');
}

function body(bytes: Buffer | null | undefined, contentType = ''): WireBody | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  const text = bytes.toString('utf8');
  const binary = text.includes('\uFFFD') || /[\0-\x08\x0e-\x1f]/.test(text);
  if (binary) return { text: `[${bytes.length} bytes of binary data]`, bytes: bytes.length };
  const shown = contentType.startsWith('text/x-component') ? flightExcerpt(text) : clip(text, maxBody);
  return { text: portless(shown), bytes: bytes.length };
}

/**
 * Does the reader's steps and records the first matching exchange. The request goes through Playwright's route:
 * the browser's own request, headers and body, sent on to the same server, and the server's answer handed back to
 * the page. That gives the answer's exact bytes (Chromium itself keeps only a decoded copy, and not always).
 */
async function captureInBrowser(page: import('@playwright/test').Page, side: WireSide, spec: Extract<SideSpec, { page: string }>): Promise<WireExchange> {
  const match =
    spec.match ??
    ((r: import('@playwright/test').Request) =>
      side === 'serverAction' ? r.method() === 'POST' && !!r.headers()['next-action'] : new URL(r.url()).pathname.startsWith('/api/'));
  let fetched: Promise<{ status: number; statusText: string; headers: { name: string; value: string }[]; body: Buffer }> | undefined;
  await page.route('**/*', async (route) => {
    if (fetched || !match(route.request())) return route.fallback();
    const answer = route.fetch({ maxRedirects: 0, timeout: 60_000 });
    fetched = answer.then(async (r) => ({ status: r.status(), statusText: r.statusText(), headers: r.headersArray(), body: await r.body() }));
    await route.fulfill({ response: await answer });
  });
  await page.goto(spec.page);
  // Act once the page has hydrated, so a form is sent by React, not by the browser. No requests for a moment is the
  // sign; a page that polls never goes quiet, so after a few seconds the capture goes on regardless.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  const [request] = await Promise.all([page.waitForRequest(match, { timeout: 60_000 }), spec.act(page)]);
  await expect.poll(() => fetched !== undefined, { message: 'the matching request never reached the route' }).toBe(true);
  const response = await fetched!;
  const url = new URL(request.url());
  const contentType = response.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
  return {
    what: spec.what,
    request: { method: request.method(), path: url.pathname + url.search, headers: headers(await request.headersArray()), body: body(request.postDataBuffer()) },
    response: { status: response.status, statusText: response.statusText, headers: headers(response.headers), body: body(response.body, contentType) },
  };
}

async function captureDirect(baseURL: string, spec: Extract<SideSpec, { direct: () => unknown }>): Promise<WireExchange> {
  const sent = spec.direct();
  const requestBody = sent.body === undefined ? undefined : Buffer.from(sent.body);
  const sentHeaders = { ...sent.headers, ...(requestBody ? { 'Content-Length': String(requestBody.length) } : {}) };
  const response = await fetch(baseURL + sent.path, { method: sent.method, headers: sent.headers, body: requestBody });
  const responseHeaders = [...response.headers.entries()]
    .filter(([name]) => name !== 'set-cookie')
    .concat(response.headers.getSetCookie().map((v) => ['set-cookie', v] as [string, string]))
    .map(([name, value]) => ({ name, value }));
  return {
    what: spec.what,
    request: { method: sent.method, path: sent.path, headers: headers(Object.entries(sentHeaders).map(([name, value]) => ({ name, value }))), body: body(requestBody) },
    response: {
      status: response.status,
      statusText: response.statusText,
      headers: headers(responseHeaders),
      body: body(Buffer.from(await response.arrayBuffer()), response.headers.get('content-type') ?? ''),
    },
  };
}

/** The Next 16 download of an example, as src/lib/next16.ts makes it, installed and built in a temporary folder. */
function prepareNext16(id: string, reuse: boolean): string {
  const dir = join(tmpdir(), 'course-wire-next16', id);
  if (reuse && existsSync(join(dir, '.next/BUILD_ID'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(readNext16Files(id))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
  if (install.status !== 0) throw new Error(`npm install failed for the Next 16 version of ${id}:\n${install.stdout}\n${install.stderr}`);
  nextBuild(dir, {});
  return dir;
}

test.describe.configure({ mode: 'serial' });

for (const [id, spec] of Object.entries(specs)) {
  if (only.length > 0 && !only.includes(id)) continue;
  for (const target of targets) test(`capture ${id} on ${target}`, async ({ browser }) => {
    test.setTimeout(900_000);
    const hashBefore = exampleHash(id, target);
    // REUSE_EXAMPLE_BUILDS=1 keeps an existing build, as in the example tests (only when it is of the current code).
    const reuse = process.env.REUSE_EXAMPLE_BUILDS === '1';
    let dir = join(root, 'examples', id);
    if (target === 'next16') dir = prepareNext16(id, reuse);
    else if (!reuse || !existsSync(join(dir, '.next/BUILD_ID'))) nextBuild(dir, {});
    const server = await startNext(dir, spec.env);
    try {
      const sides = {} as Record<WireSide, WireExchange>;
      for (const side of wireSides) {
        const sideSpec = spec.sides[side];
        if ('direct' in sideSpec) {
          sides[side] = await captureDirect(server.url, sideSpec);
        } else {
          // A step that times out (a slow first render, say) gets two more tries on a fresh page.
          for (let attempt = 1; !sides[side]; attempt++) {
            const context = await browser.newContext({ baseURL: server.url });
            try {
              sides[side] = await captureInBrowser(await context.newPage(), side, sideSpec);
            } catch (error) {
              if (attempt === 3) throw new Error(`${id}, ${side} side (${sideSpec.page}): ${(error as Error).message}`);
            } finally {
              await context.close();
            }
          }
        }
      }
      if (exampleHash(id, target) !== hashBefore) throw new Error(`examples/${id}/ changed while it was being captured; run the capture again.`);
      const capture: Omit<WireCapture, 'seal'> = { example: id, target, nextVersion: nextVersionOf(dir), exampleHash: hashBefore, sides };
      mkdirSync(join(wireRoot, target), { recursive: true });
      writeFileSync(wirePath(id, target), `${JSON.stringify({ ...capture, seal: sealOf(capture) }, null, 2)}\n`);
    } finally {
      server.stop();
    }
  });
}
