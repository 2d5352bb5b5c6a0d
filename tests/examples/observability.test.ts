// The observability example, with a real exporter: each test starts a small OTLP/HTTP collector (JSON), starts the
// app with OTEL_EXPORTER_OTLP_ENDPOINT pointed at it, drives one side, and reads the spans that arrive.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, test, withServer, type ExampleApp, type NextServer } from './fixture';

test.use({ exampleId: 'observability' });

stackblitzBuildTest();

interface Span {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
  status?: { code?: number };
}

/** A collector: OTLP/HTTP with JSON bodies, as `OTEL_EXPORTER_OTLP_PROTOCOL=http/json` sends them. */
async function collector() {
  const spans: Span[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const data = JSON.parse(body) as { resourceSpans?: { scopeSpans?: { spans?: (Omit<Span, 'attributes'> & { attributes?: { key: string; value: Record<string, unknown> }[] })[] }[] }[] };
        for (const resource of data.resourceSpans ?? [])
          for (const scope of resource.scopeSpans ?? [])
            for (const span of scope.spans ?? []) spans.push({ ...span, attributes: Object.fromEntries((span.attributes ?? []).map((a) => [a.key, Object.values(a.value)[0]])) });
      }
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { spans, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Runs `use` against a server of the app that exports its spans to a fresh collector. */
async function withTracing<T>(app: ExampleApp, env: Record<string, string>, use: (server: NextServer, spans: Span[]) => Promise<T>) {
  const traces = await collector();
  try {
    return await withServer(app.dir, { ...app.env, OTEL_EXPORTER_OTLP_ENDPOINT: traces.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '100', ...env }, (server) => use(server, traces.spans));
  } finally {
    traces.close();
  }
}

/** What the server logged as JSON lines. */
const logLines = (server: NextServer) =>
  server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const sendFeedback = async (page: Page, rating: string, comment: string) => {
  await page.getByLabel('Rating (1 to 5)').fill(rating);
  await page.getByLabel('Comment').fill(comment);
  await page.getByRole('button', { name: 'Send feedback' }).click();
};

test('the handler shows up in traces by its route, with its status code', async ({ browser, app }) => {
  await withTracing(app, {}, async (server, spans) => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await page.goto('/handler');
    await sendFeedback(page, '5', 'Quick and clear.');
    await expect(page.getByRole('status')).toHaveText(/^Thank you \(entry \d+\)\.$/);
    // Next.js 15.4 names the route by its file ("/api/feedback/route"); 16 by its path.
    const route = app.nextVersion.startsWith('15.') ? '/api/feedback/route' : '/api/feedback';
    await expect.poll(() => spans.find((s) => s.name === `POST ${route}`)?.attributes['http.status_code'], { timeout: 10_000 }).toBe(201);
    const request = spans.find((s) => s.name === `POST ${route}`)!;
    const run = spans.find((s) => s.name === `executing api route (app) ${route}`);
    expect(run?.parentSpanId).toBe(request.spanId);
    // The handler's log line carries the same trace.
    expect(logLines(server).find((l) => l.message === 'feedback saved')?.traceId).toBe(request.traceId);
    await page.context().close();
  });
});

test('an action shows up only as a POST to its page, so the wrapper adds a span that names it', async ({ browser, app }) => {
  await withTracing(app, {}, async (server, spans) => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await page.goto('/action');
    const [call] = await Promise.all([page.waitForRequest((r) => !!r.headers()['next-action']), sendFeedback(page, '4', 'Good, a little slow.')]);
    const actionId = call.headers()['next-action']!;
    await expect(page.getByRole('status')).toHaveText(/^Thank you \(entry \d+\)\.$/);
    await expect.poll(() => spans.some((s) => s.name === 'action sendFeedback'), { timeout: 10_000 }).toBe(true);
    const named = spans.find((s) => s.name === 'action sendFeedback')!;
    // The request's span ends after the response, so it may arrive in a later batch.
    await expect.poll(() => spans.some((s) => s.spanId === named.parentSpanId), { timeout: 10_000 }).toBe(true);
    const request = spans.find((s) => s.spanId === named.parentSpanId)!;
    // Next.js's own span for the call: the page's route, and nothing that says which action ran.
    expect(request.name).toBe('POST /action');
    expect(request.attributes['next.route']).toBe('/action');
    // Neither its name nor its id (the Next-Action header) is anywhere in Next.js's spans of that trace.
    const others = JSON.stringify(spans.filter((s) => s.traceId === named.traceId && s !== named));
    expect(others).not.toContain('sendFeedback');
    expect(others).not.toContain(actionId);
    expect(named.attributes['app.action']).toBe('sendFeedback');
    // The action's log line names it, in the same trace.
    expect(logLines(server).find((l) => l.message === 'action done')).toMatchObject({ action: 'sendFeedback', traceId: named.traceId });
    await page.context().close();
  });
});

test('when the database is down, onRequestError says which kind of route failed, and the action span records the error', async ({ browser, app }) => {
  // A directory where the database file should be: every query fails, as with a database that is down.
  await withTracing(app, { DATABASE_FILE: '/' }, async (server, spans) => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    const handler = await page.request.post('/api/feedback?token=secret-reset-token', { data: { rating: 3, comment: 'Down?' } });
    expect(handler.status()).toBe(500);
    // No detail for the caller: nothing about the database in either answer.
    expect(await handler.text()).not.toMatch(/database|sqlite|node:|\//i);
    await page.goto('/action');
    const call = await captureActionRequest(page, () => sendFeedback(page, '3', 'Down?'));
    // The same call again, to read the whole answer: the error reaches the page as a digest, not its message.
    const answer = await page.request.post(call.url, { headers: call.headers, data: call.body });
    expect(answer.status()).toBe(500);
    expect(await answer.text()).not.toMatch(/database|sqlite|cannot be opened/i);
    await expect.poll(() => spans.find((s) => s.name === 'action sendFeedback')?.status?.code, { timeout: 10_000 }).toBe(2); // ERROR
    const errors = () => logLines(server).filter((l) => l.message === 'request failed');
    await expect.poll(() => errors().map((l) => l.routeType).sort()).toEqual(app.nextVersion.startsWith('15.') ? ['action', 'action'] : ['action', 'action', 'route']);
    expect(errors().find((l) => l.routeType === 'action')).toMatchObject({ method: 'POST', path: '/action' });
    expect(logLines(server).find((l) => l.message === 'action failed')).toMatchObject({ action: 'sendFeedback', error: 'Error' });
    // The log lines keep the query string and the error's message out (they can hold tokens and user data).
    const logged = JSON.stringify(logLines(server));
    expect(logged).not.toContain('secret-reset-token');
    expect(logged).not.toMatch(/database|sqlite/i);
    await page.context().close();
  });
});

test('a form sent without JavaScript that fails is reported as a render on Next.js 16, and not at all on 15.4', async ({ browser, app }) => {
  await withTracing(app, { DATABASE_FILE: '/' }, async (server) => {
    const context = await browser.newContext({ baseURL: server.url, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/action');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), sendFeedback(page, '2', 'No script.')]);
    expect(response.status()).toBe(500);
    // The action's own span and log line still name it.
    await expect.poll(() => logLines(server).some((l) => l.message === 'action failed' && l.action === 'sendFeedback')).toBe(true);
    const reported = () => logLines(server).filter((l) => l.message === 'request failed');
    // onRequestError is awaited before the answer goes out, so by now it has run, if it runs at all.
    if (app.nextVersion.startsWith('15.')) expect(reported()).toEqual([]);
    else await expect.poll(reported).toEqual([expect.objectContaining({ routeType: 'render', method: 'POST', path: '/action' })]);
    await context.close();
  });
});

test('with OpenTelemetry switched off, Next.js 15.4 reports a throwing handler to onRequestError too', async ({ browser, app }) => {
  // 15.4's route code reports an error itself only when no span is active; 16 reports it either way.
  await withServer(app.dir, { ...app.env, OTEL_SDK_DISABLED: 'true', DATABASE_FILE: '/' }, async (server) => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    expect((await page.request.post('/api/feedback', { data: { rating: 3, comment: 'Down?' } })).status()).toBe(500);
    await expect.poll(() => logLines(server).filter((l) => l.message === 'request failed').map((l) => l.routeType)).toEqual(['route']);
    await page.context().close();
  });
});

test('without a collector configured, the app runs and answers as usual', async ({ page }) => {
  await page.goto('/action');
  await sendFeedback(page, '5', 'No tracing here.');
  await expect(page.getByRole('status')).toHaveText(/^Thank you \(entry \d+\)\.$/);
});

test('the handler refuses what a form never sends: text/plain, a huge body, a rating out of range or as a string', async ({ request }) => {
  expect((await request.post('/api/feedback', { headers: { 'Content-Type': 'text/plain' }, data: '{"rating":5,"comment":""}' })).status()).toBe(415);
  expect((await request.post('/api/feedback', { data: { rating: 5, comment: 'a'.repeat(3000) } })).status()).toBe(413);
  expect((await request.post('/api/feedback', { data: { rating: 9, comment: '' } })).status()).toBe(422);
  expect((await request.post('/api/feedback', { data: { rating: '5', comment: '' } })).status()).toBe(422);
});

test('an anonymous flood of feedback is cut off once the minute’s budget is spent', async ({ app }) => {
  await withServer(app.dir, { ...app.env, FEEDBACK_PER_MINUTE: '3', WRITE_BUDGET_WINDOW_SECONDS: '86400' }, async (server) => {
    const post = () => fetch(`${server.url}/api/feedback`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ rating: 5, comment: 'again' }) });
    const statuses = (await Promise.all([1, 2, 3, 4].map(post))).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});
