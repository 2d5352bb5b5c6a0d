import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest, type ClientRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { flood, rawRequest } from './attack';
import { actionForm, fieldPrefix, sendActionForm } from './action-form';
import { captureActionRequest, expect, withServer } from './fixture';
import { clientAddress, test } from './forwarding-proxy';
import { keptForNewClients, maxOpenInAll, maxOpenPerClient, generationStats as generatorStats } from '../../examples/streaming/lib/slots';
import { readEvents } from '../../examples/streaming/lib/sse';
import { openGeneration, summaryTokens } from '../../examples/streaming/lib/summary';

// The app runs behind one proxy that appends the connecting address to X-Forwarded-For (TRUSTED_PROXY_COUNT=1), as
// it would in production; test clients that must be different clients connect from loopback addresses of their own.
test.use({ exampleId: 'streaming', exampleEnv: { TRUSTED_PROXY_COUNT: '1' } });

type Stats = { active: number; started: number; completed: number; stopped: number; tokens: number };
const stats = async (request: APIRequestContext): Promise<Stats> => (await request.get('/api/generations')).json();
/** Waits until nothing runs on the server: every generation has ended, one way or the other. */
const nothingRuns = (request: APIRequestContext, timeout = 10_000) =>
  expect.poll(async () => (await stats(request)).active, { timeout, message: 'generations still running' }).toBe(0);

// The text the forms start with, and the summary the stand-in model makes of it.
const sample =
  'Server Actions and Route Handlers both run on the server. Pick an action for your own UI and a handler for other clients, streams and webhooks.';
const shortSummary = summaryTokens({ prompt: sample, length: 'short' }).join('');
const longTokens = summaryTokens({ prompt: sample, length: 'long' }).length;

/** A stream opened over plain HTTP, read event by event, that can be dropped like a client that leaves. */
interface OpenStream {
  status: number;
  headers: IncomingHttpHeaders;
  text: () => string;
  events: () => { event: string; data: unknown }[];
  /** Resolves once `count` events have arrived (or the stream ended). */
  waitForEvents: (count: number) => Promise<void>;
  ended: Promise<void>;
  /** Drops the connection mid-stream. */
  leave: () => void;
}

/** Opens a stream through `base`; from client number `from` (its own loopback address) when given. */
function openStream(base: string, body: unknown, headers: Record<string, string> = {}, from?: number): Promise<OpenStream> {
  const url = new URL('/api/stream', base);
  return new Promise((done, fail) => {
    const req: ClientRequest = httpRequest({
      hostname: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      localAddress: from === undefined ? undefined : clientAddress(from),
    });
    req.on('error', fail);
    req.on('response', (response) => {
      let text = '';
      const waiters: (() => void)[] = [];
      const wake = () => waiters.splice(0).forEach((w) => w());
      const events = () =>
        text
          .split('\n\n')
          .slice(0, -1)
          .map((block) => {
            const lines = Object.fromEntries(block.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
            return { event: lines.event ?? 'message', data: JSON.parse(lines.data ?? 'null') };
          });
      let finished = false;
      const ended = new Promise<void>((resolve) =>
        response.on('close', () => {
          finished = true;
          wake();
          resolve();
        }),
      );
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        wake();
      });
      response.on('error', () => undefined);
      done({
        status: response.statusCode ?? 0,
        headers: response.headers,
        text: () => text,
        events,
        ended,
        waitForEvents: async (count) => {
          while (!finished && events().length < count) await new Promise<void>((w) => waiters.push(w));
        },
        leave: () => req.destroy(),
      });
    });
    req.end(JSON.stringify(body));
  });
}

stackblitzBuildTest();

test('reader streams a summary from the Route Handler and sees the words arrive before it ends', async ({ page }) => {
  await page.goto('/handler');
  await page.getByRole('button', { name: 'Stream summary' }).click();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Summary of');
  // Words are on the page while the server is still writing the rest.
  await expect(page.getByRole('status')).toHaveText('Generating…');
  expect((await summary.textContent())!.length).toBeLessThan(shortSummary.length);
  await expect(page.getByRole('status')).toHaveText('Done.');
  await expect(summary).toHaveText(shortSummary);
});

test('the Route Handler answers with uncompressed server-sent events and no-cache, no-transform headers', async ({ baseURL, request }) => {
  // A browser accepts gzip; the stream must still not be compressed, since a compressor holds small writes back.
  const stream = await openStream(baseURL!, { prompt: sample }, { 'Accept-Encoding': 'gzip, deflate, br' });
  expect(stream.status).toBe(200);
  expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
  expect(stream.headers['cache-control']).toBe('no-cache, no-transform');
  expect(stream.headers['x-accel-buffering']).toBe('no');
  expect(stream.headers['content-encoding']).toBeUndefined();
  // The first event arrives while the generation still runs.
  await stream.waitForEvents(1);
  expect((await stats(request)).active).toBeGreaterThan(0);
  await stream.ended;
  const events = stream.events();
  const tokens = events.filter((e) => e.event === 'token').map((e) => (e.data as { text: string }).text);
  expect(tokens.join('')).toBe(shortSummary);
  expect(events.at(-1)).toEqual({ event: 'done', data: { tokens: tokens.length } });
});

test('reader presses Stop and the server stops generating', async ({ page, request }) => {
  await nothingRuns(request);
  const before = await stats(request);
  await page.goto('/handler');
  await page.getByRole('radio', { name: /Long/ }).check();
  await page.getByRole('button', { name: 'Stream summary' }).click();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Summary of');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('status')).toHaveText('Stopped. The connection closed, so the server stopped generating.');
  await nothingRuns(request);
  const after = await stats(request);
  expect(after.stopped).toBe(before.stopped + 1);
  expect(after.completed).toBe(before.completed);
  expect(after.tokens - before.tokens).toBeLessThan(longTokens);
});

test('an attacker opening many streams and leaving cannot keep the server generating', async ({ baseURL, request }) => {
  await nothingRuns(request);
  const before = await stats(request);
  const streams = await Promise.all([1, 2, 3].map(() => openStream(baseURL!, { prompt: sample, length: 'long' })));
  expect(streams.map((s) => s.status)).toEqual([200, 200, 200]);
  await Promise.all(streams.map((s) => s.waitForEvents(2)));
  // A fourth at the same time is refused, also with a made-up X-Forwarded-For.
  for (const headers of [{}, { 'X-Forwarded-For': '203.0.113.9' }] as Record<string, string>[]) {
    const fourth = await openStream(baseURL!, { prompt: sample }, headers);
    expect(fourth.status).toBe(429);
    expect(fourth.headers['retry-after']).toBe('5');
    await fourth.ended;
    expect(JSON.parse(fourth.text()).error.code).toBe('too_many_streams');
  }
  // Leaving (the connection drops) stops all three, long before they would have finished.
  for (const stream of streams) stream.leave();
  await nothingRuns(request, 5_000);
  const after = await stats(request);
  expect(after.stopped - before.stopped).toBe(3);
  expect(after.tokens - before.tokens).toBeLessThan(longTokens);
  // Nothing keeps running: the token count stands still.
  await new Promise((r) => setTimeout(r, 500));
  expect((await stats(request)).tokens).toBe(after.tokens);
  // The slots are free again.
  const next = await openStream(baseURL!, { prompt: sample });
  expect(next.status).toBe(200);
  await next.ended;
});

test('an attacker with many addresses cannot open more than twenty streams in all', async ({ baseURL, request }) => {
  // Each address is a client of its own, so an attacker who controls many gets streams on each. The cap on all
  // streams at once holds anyway.
  await nothingRuns(request);
  const streams = await Promise.all(Array.from({ length: maxOpenInAll }, (_, i) => openStream(baseURL!, { prompt: sample, length: 'long' }, {}, 10 + i)));
  expect(streams.map((s) => s.status)).toEqual(Array(maxOpenInAll).fill(200));
  const busy = await openStream(baseURL!, { prompt: sample }, {}, 60);
  expect(busy.status).toBe(503);
  expect(busy.headers['retry-after']).toBe('5');
  await busy.ended;
  expect(JSON.parse(busy.text()).error.code).toBe('server_busy');
  expect((await stats(request)).active).toBe(maxOpenInAll);
  // When they leave, there is room again.
  for (const stream of streams) stream.leave();
  await nothingRuns(request);
  const next = await openStream(baseURL!, { prompt: sample }, {}, 60);
  expect(next.status).toBe(200);
  await next.ended;
});

test('seven addresses holding three streams each cannot starve a new client', async ({ baseURL, request }) => {
  await nothingRuns(request);
  const attempts = await Promise.all(
    Array.from({ length: 7 * maxOpenPerClient }, (_, i) => openStream(baseURL!, { prompt: sample, length: 'long' }, {}, 70 + Math.floor(i / maxOpenPerClient))),
  );
  // Clients that already hold a stream stop getting more once only the slots kept for new clients are left.
  const held = attempts.filter((s) => s.status === 200).length;
  expect(held).toBeLessThanOrEqual(maxOpenInAll - keptForNewClients + 7);
  expect(held).toBeLessThan(maxOpenInAll);
  // Someone else still gets a stream.
  const newcomer = await openStream(baseURL!, { prompt: sample }, {}, 90);
  expect(newcomer.status).toBe(200);
  for (const stream of [...attempts, newcomer]) stream.leave();
  await nothingRuns(request);
});

test('with no proxy configured, all clients share the three streams of one client', async ({ app }) => {
  // TRUSTED_PROXY_COUNT unset: nothing in the request says who is who, so every client is "everyone".
  const { TRUSTED_PROXY_COUNT: _configured, ...unset } = app.env;
  await withServer(app.dir, unset, async (server) => {
    const streams = await Promise.all(
      Array.from({ length: maxOpenPerClient }, (_, i) => openStream(server.url, { prompt: sample, length: 'long' }, { 'X-Forwarded-For': `10.2.0.${i}` }, 100 + i)),
    );
    expect(streams.map((s) => s.status)).toEqual(Array(maxOpenPerClient).fill(200));
    const other = await openStream(server.url, { prompt: sample }, { 'X-Forwarded-For': '10.2.0.99' }, 110);
    expect(other.status).toBe(429);
    for (const stream of streams) stream.leave();
  });
});

test('a client that never reads still gets only its one summary made, and its slot back when it is done (how it behaves, not a fix)', async ({ baseURL, request }) => {
  // The connection's buffers (megabytes on loopback) take a whole summary of small events without the client reading
  // a byte, so the server cannot tell this client from one that reads: what bounds it is the summary's length.
  await nothingRuns(request);
  const before = await stats(request);
  const url = new URL('/api/stream', baseURL);
  const body = JSON.stringify({ prompt: sample });
  const socket = connect({ host: url.hostname, port: Number(url.port), localAddress: clientAddress(120) });
  socket.pause();
  socket.write(`POST /api/stream HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
  try {
    await expect.poll(async () => (await stats(request)).started).toBe(before.started + 1);
    await nothingRuns(request);
    const after = await stats(request);
    expect(after.tokens - before.tokens).toBe(summaryTokens({ prompt: sample, length: 'short' }).length);
    expect(after.completed).toBe(before.completed + 1);
  } finally {
    socket.destroy();
  }
});

test('a reader that stops asking for tokens has its generation cancelled and its slot freed', async () => {
  // What happens once the connection stops taking bytes: Next.js waits for it to drain and stops reading the body.
  // This runs the generator itself, in the test, as that reader.
  process.env.STREAM_IDLE_SECONDS = '0.5';
  try {
    const opened = openGeneration('a reader that stops', { prompt: sample, length: 'long' });
    if (!opened.ok) throw new Error(opened.message);
    const reader = opened.tokens.getReader();
    expect((await reader.read()).value).toBe('Summary ');
    const before = generatorStats();
    // Past the idle limit, the generator gives up on its own: its slot is freed and it made no more tokens.
    await expect.poll(() => generatorStats().stopped).toBe(before.stopped + 1);
    const after = generatorStats();
    expect(after.tokens).toBe(before.tokens);
    expect(after.active).toBe(before.active - 1);
    await expect(reader.read()).rejects.toThrow('Nobody read for 0.5 s.');
  } finally {
    delete process.env.STREAM_IDLE_SECONDS;
  }
});

test('the page reads events as providers send them: CRLF line ends, id, retry and comments', async () => {
  const wire =
    ': connected\r\n\r\nid: 1\r\nretry: 3000\r\nevent: token\r\ndata: {"text":"Hello "}\r\n\r\n' +
    'id: 2\r\nevent: token\r\ndata: {"text":"world"}\r\n\r\n: keep-alive\r\n\r\nevent: done\r\ndata: {"tokens":2}\r\n\r\n';
  // Cut into 7-byte pieces, as the network may deliver it: some cuts fall between a \r and its \n.
  const bytes = new TextEncoder().encode(wire);
  const body = new ReadableStream<BufferSource>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 7) controller.enqueue(bytes.slice(at, at + 7));
      controller.close();
    },
  });
  const events = [];
  for await (const event of readEvents(body)) events.push(event);
  expect(events).toEqual([
    { event: 'token', data: '{"text":"Hello "}' },
    { event: 'token', data: '{"text":"world"}' },
    { event: 'done', data: '{"tokens":2}' },
  ]);
});

test('the stream route tells a serverless host its time limit (maxDuration)', async ({ app }) => {
  // `next build` writes each route's maxDuration to this manifest, for the host that deploys the build.
  const manifest = join(app.dir, '.next/server/functions-config-manifest.json');
  expect(existsSync(manifest)).toBe(true);
  expect(JSON.parse(readFileSync(manifest, 'utf8')).functions['/api/stream']).toEqual({ maxDuration: 60 });
});

test('a page on another site cannot start a stream with a text/plain post', async ({ baseURL, request }) => {
  const before = await stats(request);
  // What a cross-site <form enctype="text/plain"> or a no-cors fetch can send without a preflight.
  const answer = await rawRequest(baseURL!, '/api/stream', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
    body: JSON.stringify({ prompt: sample }),
  });
  expect(answer.status).toBe(415);
  expect(JSON.parse(answer.text).error.code).toBe('unsupported_media_type');
  expect((await stats(request)).started).toBe(before.started);
});

test('an attacker sending a huge or malformed prompt starts no generation', async ({ baseURL, request }) => {
  const before = await stats(request);
  const cases: [number, string, unknown][] = [
    [422, 'validation_failed', { prompt: 'x'.repeat(2001) }],
    [422, 'validation_failed', { prompt: '   ' }],
    [422, 'validation_failed', { prompt: 42 }],
    [422, 'validation_failed', { prompt: sample, length: 'endless' }],
    [422, 'validation_failed', { prompt: sample, maxTokens: 1e9 }],
    [413, 'payload_too_large', { prompt: 'x'.repeat(9000) }],
  ];
  for (const [status, code, body] of cases) {
    const response = await request.post('/api/stream', { headers: { 'Content-Type': 'application/json' }, data: Buffer.from(JSON.stringify(body)) });
    expect(response.status(), JSON.stringify(body).slice(0, 60)).toBe(status);
    expect((await response.json()).error.code).toBe(code);
  }
  const endless = await flood(baseURL!, '/api/stream', { headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } });
  expect(endless.status).toBe(413);
  expect(endless.sentEverything).toBe(false);
  expect((await stats(request)).started).toBe(before.started);
});

test('reader gets the whole summary from the action only once it is finished', async ({ page, request }) => {
  await nothingRuns(request);
  await page.goto('/action');
  const whole = page.getByRole('region', { name: 'Wait for the whole summary' });
  const before = await stats(request);
  await whole.getByRole('button', { name: 'Summarize' }).click();
  await expect(whole.getByRole('status')).toHaveText('Waiting for the whole summary…');
  // The server has made several words already; the page has none of them.
  await expect.poll(async () => (await stats(request)).tokens - before.tokens).toBeGreaterThan(5);
  await expect(whole.getByRole('status')).toHaveText('Waiting for the whole summary…');
  await expect(whole.getByRole('region', { name: 'Summary' })).toHaveText('');
  await expect(whole.getByRole('status')).toHaveText('Done.');
  await expect(whole.getByRole('region', { name: 'Summary' })).toHaveText(shortSummary);
});

test('reader without JavaScript gets the whole summary from the action form', async ({ browser, baseURL, request }) => {
  await nothingRuns(request);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/action');
  const whole = page.getByRole('region', { name: 'Wait for the whole summary' });
  await whole.getByRole('button', { name: 'Summarize' }).click();
  await expect(whole.getByRole('region', { name: 'Summary' })).toHaveText(shortSummary);
  await context.close();
});

test('a reader who closes the page does not stop the action that waits for the whole summary', async ({ page, request }) => {
  await nothingRuns(request);
  await page.goto('/action');
  const whole = page.getByRole('region', { name: 'Wait for the whole summary' });
  const before = await stats(request);
  await whole.getByRole('button', { name: 'Summarize' }).click();
  await expect.poll(async () => (await stats(request)).tokens - before.tokens).toBeGreaterThan(3);
  await page.close();
  // The action function has no signal to notice that nobody waits for its answer: it runs to the end.
  await nothingRuns(request);
  const after = await stats(request);
  expect(after.completed).toBe(before.completed + 1);
  expect(after.stopped).toBe(before.stopped);
});

test('reader streams the summary from the action and sees the words arrive before it ends', async ({ page, request }) => {
  await nothingRuns(request);
  await page.goto('/action');
  const streamed = page.getByRole('region', { name: 'Stream the summary from the action' });
  await streamed.getByRole('button', { name: 'Stream summary' }).click();
  const summary = streamed.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText('Summary of');
  await expect(streamed.getByRole('status')).toHaveText('Generating…');
  expect((await summary.textContent())!.length).toBeLessThan(shortSummary.length);
  await expect(streamed.getByRole('status')).toHaveText('Done.');
  await expect(summary).toHaveText(shortSummary);
});

test('Stop on the action stream stops reading, but the server keeps generating', async ({ page, request }) => {
  await nothingRuns(request);
  await page.goto('/action');
  const streamed = page.getByRole('region', { name: 'Stream the summary from the action' });
  await streamed.getByRole('radio', { name: /Long/ }).check();
  await streamed.getByRole('button', { name: 'Stream summary' }).click();
  await expect(streamed.getByRole('region', { name: 'Summary' })).toContainText('Summary of');
  await streamed.getByRole('button', { name: 'Stop' }).click();
  await expect(streamed.getByRole('status')).toHaveText('Stopped reading. The server was not told and keeps generating.');
  const shown = await streamed.getByRole('region', { name: 'Summary' }).textContent();
  const atStop = await stats(request);
  await expect.poll(async () => (await stats(request)).tokens, { message: 'the server still makes tokens' }).toBeGreaterThan(atStop.tokens + 5);
  expect((await stats(request)).active).toBe(1);
  await expect(streamed.getByRole('region', { name: 'Summary' })).toHaveText(shown!);
  // Only closing the page (its connection) ends it.
  await page.close();
  await nothingRuns(request);
  const after = await stats(request);
  expect(after.stopped).toBe(atStop.stopped + 1);
});

test('an attacker cannot make the action summarize a huge prompt', async ({ page, request }) => {
  await nothingRuns(request);
  await page.goto('/action');
  const streamed = page.getByRole('region', { name: 'Stream the summary from the action' });
  const call = await captureActionRequest(page, () => streamed.getByRole('button', { name: 'Stream summary' }).click());
  await expect(streamed.getByRole('status')).toHaveText('Done.');
  const before = await stats(request);
  // The stream action's arguments travel as a JSON array; the attacker writes their own.
  const replay = await request.post(call.url, { headers: call.headers, data: Buffer.from(JSON.stringify(['x'.repeat(50_000), 'long'])) });
  expect(replay.status()).toBe(200);
  expect(await replay.text()).toContain('The text can be at most 2000 characters.');
  const wrongType = await request.post(call.url, { headers: call.headers, data: Buffer.from(JSON.stringify([{ length: 1e9 }, 'long'])) });
  expect(await wrongType.text()).toContain('Send the text to summarize as a string.');
  expect((await stats(request)).started).toBe(before.started);
});

test('an attacker cannot send a File where the prompt belongs', async ({ page, request }) => {
  await nothingRuns(request);
  await page.goto('/action');
  const whole = page.getByRole('region', { name: 'Wait for the whole summary' });
  const call = await captureActionRequest(page, () => whole.getByRole('button', { name: 'Summarize' }).click());
  await expect(whole.getByRole('status')).toHaveText('Done.');
  const before = await stats(request);
  const form = await actionForm(call);
  const prefix = fieldPrefix(form);
  form.set(`${prefix}prompt`, new File(['x'.repeat(1000)], 'prompt.txt', { type: 'text/plain' }));
  const response = await sendActionForm(request, call, form);
  expect(await response.text()).toContain('Send the text to summarize as a string.');
  expect((await stats(request)).started).toBe(before.started);
});
