// The jobs example: a slow report as a durable job (queued in SQLite, claimed by a worker, polled through a Route
// Handler, cancellable on both sides), after() for the log line, and the same work done inline to see what each side
// knows when the client leaves. Steps are made fast (JOB_STEP_MS) and the log line slow (ANALYTICS_MS), so that every
// wait is for a state, not a time.
import type { APIRequestContext } from '@playwright/test';
import { checks } from '../../examples/jobs/lib/checks';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { expectCheckPageOff, failedChecks } from './check-page';
import { captureActionRequest, expect, test, withServer, withTwoInstances } from './fixture';

const steps = 10;
const stepMs = 200;
const analyticsMs = 3000;
test.use({ exampleId: 'jobs', exampleEnv: { JOB_STEPS: String(steps), JOB_STEP_MS: String(stepMs), JOB_POLL_MS: '100', ANALYTICS_MS: String(analyticsMs) } });

stackblitzBuildTest();

type Job = { id: string; status: string; steps: number; doneSteps: number; log?: string[] };
type Stats = Record<'action' | 'handler', { runs: number; running: number; finished: number; stopped: number; doneSteps: number }>;

const json = { 'Content-Type': 'application/json' };
const enqueue = (request: APIRequestContext) => request.post('/api/jobs', { headers: json, data: '{}' });
const readJob = async (request: APIRequestContext, id: string): Promise<Job> => (await (await request.get(`/api/jobs/${id}`)).json()).job;
const stats = async (request: APIRequestContext): Promise<Stats> => (await request.get('/api/inline/stats')).json();

/** Reads the app's SQLite file as it is now (only for servers on Node's built-in driver, which other readers can share). */
async function tableRows(file: string, sql: string) {
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

test('a reader queues a report with the action, lands on its progress page, and sees it done', async ({ page }) => {
  await page.goto('/action');
  await page.getByRole('button', { name: 'Start a report' }).click();
  await expect(page).toHaveURL(/\/action\/jobs\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByRole('status')).toHaveText(/^(queued|running): \d+ of 10 steps$/);
  await expect(page.getByRole('status')).toHaveText('done: 10 of 10 steps');
  await expect(page.getByRole('progressbar', { name: 'Report progress' })).toHaveAttribute('value', '10');
});

test('the handler answers 202 Accepted with a Location, and polling it shows the job to the end', async ({ page }) => {
  const answer = await enqueue(page.request);
  expect(answer.status()).toBe(202);
  const location = answer.headers()['location']!;
  expect(location).toMatch(/^\/api\/jobs\/[A-Za-z0-9_-]{22}$/);
  expect((await answer.json()).job).toMatchObject({ status: 'queued', steps, doneSteps: 0 });
  await expect.poll(async () => (await (await page.request.get(location)).json()).job.status).toBe('done');
  // And the page that does the same with fetch:
  await page.goto('/handler');
  await page.getByRole('button', { name: 'Start a report' }).click();
  await expect(page.getByRole('region', { name: 'Job', exact: true }).getByRole('status')).toHaveText('done: 10 of 10 steps');
});

test('after() writes the log line once the answer has gone: the 202 does not wait for it', async ({ request }) => {
  const answer = await enqueue(request);
  expect(answer.status()).toBe(202);
  // The log call takes ANALYTICS_MS (3 s): the answer is here and the line is not there yet.
  const id = (await answer.json()).job.id;
  expect((await readJob(request, id)).log).toEqual([]);
  await expect.poll(async () => (await readJob(request, id)).log).toEqual(['enqueued']);
});

test('after() in the action: the reader is on the progress page before the log line is written', async ({ page }) => {
  await page.goto('/action');
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && !!r.request().headers()['next-action']),
    page.getByRole('button', { name: 'Start a report' }).click(),
  ]);
  // The action's answer names the progress page; the log line is not written yet.
  const id = /^\/action\/jobs\/([A-Za-z0-9_-]{22});push$/.exec(answer.headers()['x-action-redirect'] ?? '')![1]!;
  expect((await readJob(page.request, id)).log).toEqual([]);
  await expect(page).toHaveURL(`/action/jobs/${id}`);
  await expect.poll(async () => (await readJob(page.request, id)).log).toEqual(['enqueued']);
});

test('Cancel on the action side stops the job at its next step', async ({ page }) => {
  await page.goto('/action');
  await page.getByRole('button', { name: 'Start a report' }).click();
  await expect(page).toHaveURL(/\/action\/jobs\//);
  await expect(page.getByRole('status')).toHaveText(/^running: [1-9] of 10 steps$/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText(/^cancelled: \d+ of 10 steps$/);
  const id = page.url().split('/').pop()!;
  const atCancel = await readJob(page.request, id);
  // The worker takes the next job only once it has let go of this one; by then this one's count is final.
  const next = (await (await enqueue(page.request)).json()).job.id;
  await expect.poll(async () => (await readJob(page.request, next)).status).toBe('done');
  expect(await readJob(page.request, id)).toMatchObject({ status: 'cancelled', doneSteps: atCancel.doneSteps });
  expect(atCancel.doneSteps).toBeLessThan(steps);
});

test('DELETE on the handler side cancels the job; it stops at its next step, and a second DELETE gets 409', async ({ request }) => {
  const location = (await enqueue(request)).headers()['location']!;
  await expect.poll(async () => (await (await request.get(location)).json()).job.doneSteps).toBeGreaterThan(0);
  const cancelled = await request.delete(location);
  expect(cancelled.status()).toBe(200);
  const atCancel: Job = (await cancelled.json()).job;
  expect(atCancel.status).toBe('cancelled');
  const next = (await (await enqueue(request)).json()).job.id;
  await expect.poll(async () => (await readJob(request, next)).status).toBe('done');
  expect((await (await request.get(location)).json()).job).toMatchObject({ status: 'cancelled', doneSteps: atCancel.doneSteps });
  expect((await request.delete(location)).status()).toBe(409);
});

test('a reader who stops the handler’s inline report stops the server too: request.signal aborts', async ({ page, request }) => {
  const before = await stats(request);
  await page.goto('/handler');
  await page.getByRole('button', { name: 'Run the report inline' }).click();
  await expect.poll(async () => (await stats(request)).handler.doneSteps - before.handler.doneSteps).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('group', { name: 'Inline report' }).getByRole('status')).toHaveText('Stopped. The handler saw the connection close and stopped too.');
  await expect.poll(async () => (await stats(request)).handler.stopped).toBe(before.handler.stopped + 1);
  const after = await stats(request);
  expect(after.handler.finished).toBe(before.handler.finished);
  expect(after.handler.running).toBe(0);
  expect(after.handler.doneSteps - before.handler.doneSteps).toBeLessThan(steps);
});

test('a client that drops the connection stops the handler’s inline report', async ({ app, request }) => {
  const before = await stats(request);
  const controller = new AbortController();
  const call = fetch(`${app.url}/api/inline`, { method: 'POST', headers: json, body: '{}', signal: controller.signal }).catch(() => 'aborted');
  await expect.poll(async () => (await stats(request)).handler.doneSteps - before.handler.doneSteps).toBeGreaterThan(1);
  controller.abort();
  expect(await call).toBe('aborted');
  await expect.poll(async () => (await stats(request)).handler.stopped).toBe(before.handler.stopped + 1);
  expect((await stats(request)).handler.doneSteps - before.handler.doneSteps).toBeLessThan(steps);
});

test('a reader who closes the page does not stop the action’s inline report: it runs every step for nobody', async ({ page, request }) => {
  const before = await stats(request);
  await page.goto('/action');
  await page.getByRole('button', { name: 'Run the report inline' }).click();
  await expect.poll(async () => (await stats(request)).action.doneSteps - before.action.doneSteps).toBeGreaterThan(1);
  await page.close();
  // The action has no signal to notice that nobody waits for its answer.
  await expect.poll(async () => (await stats(request)).action.running).toBe(0);
  const after = await stats(request);
  expect(after.action.finished).toBe(before.action.finished + 1);
  expect(after.action.stopped).toBe(before.action.stopped);
  expect(after.action.doneSteps - before.action.doneSteps).toBe(steps);
});

test('two workers polling one database at the same moments never run one job twice', async ({ app }) => {
  // Two `next start` processes, each with its worker (instrumentation.ts), on one database file.
  await withTwoInstances(app, async ([first, second]) => {
    const ids: string[] = [];
    for (let n = 0; n < 4; n++) {
      const answer = await fetch(`${(n % 2 ? second : first).url}/api/jobs`, { method: 'POST', headers: json, body: '{}' });
      expect(answer.status).toBe(202);
      ids.push(((await answer.json()) as { job: Job }).job.id);
    }
    await expect
      .poll(async () => (await tableRows(first.databaseFile, "SELECT COUNT(*) AS n FROM jobs WHERE status = 'done'"))[0]!.n, { timeout: 12_000 })
      .toBe(ids.length);
    const rows = await tableRows(first.databaseFile, 'SELECT attempts, done_steps AS doneSteps, worker FROM jobs');
    expect(rows.map((r) => r.attempts)).toEqual(ids.map(() => 1));
    expect(rows.map((r) => r.doneSteps)).toEqual(ids.map(() => steps));
    // Both workers took jobs: the claim was contested, not left to one of them.
    expect(new Set(rows.map((r) => r.worker)).size).toBe(2);
  });
});

test('an anonymous flood of enqueues gets 429 once the minute’s budget is spent, on both sides', async ({ browser, app }) => {
  await withServer(app.dir, { ...app.env, JOBS_PER_MINUTE: '3', WRITE_BUDGET_WINDOW_SECONDS: '86400', JOB_WORKER: 'off' }, async (server) => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    const answers = await Promise.all([1, 2, 3, 4].map(() => enqueue(page.request)));
    expect(answers.map((a) => a.status()).sort()).toEqual([202, 202, 202, 429]);
    expect(Number(answers.find((a) => a.status() === 429)!.headers()['retry-after'])).toBeGreaterThan(0);
    await page.goto('/action');
    await page.getByRole('button', { name: 'Start a report' }).click();
    await expect(page.getByRole('status').first()).toHaveText(/^Too many reports right now\. Try again in \d+ s\.$/);
    await expect(page).toHaveURL(/\/action$/);
    await page.context().close();
  });
});

test('an attacker who polls or cancels someone else’s job id gets 404, as for a job that does not exist', async ({ browser, app }) => {
  const victim = await browser.newContext({ baseURL: app.url });
  const attacker = await browser.newContext({ baseURL: app.url });
  try {
    const answer = await enqueue(victim.request);
    const location = answer.headers()['location']!;
    const id = (await answer.json()).job.id as string;
    // The id leaked (a shared link, a log): without the victim's cookie it opens nothing, with or without a cookie of one's own.
    expect((await attacker.request.get(location)).status()).toBe(404);
    await enqueue(attacker.request);
    const peek = await attacker.request.get(location);
    expect(peek.status()).toBe(404);
    expect(await peek.text()).not.toContain(id);
    expect((await attacker.request.delete(location)).status()).toBe(404);
    const attackerPage = await attacker.newPage();
    expect((await attackerPage.goto(`/action/jobs/${id}`))!.status()).toBe(404);
    // The cancel action, called with the victim's id in place of one's own.
    await attackerPage.goto('/action');
    await attackerPage.getByRole('button', { name: 'Start a report' }).click();
    await expect(attackerPage).toHaveURL(/\/action\/jobs\//);
    const call = await captureActionRequest(attackerPage, () => attackerPage.getByRole('button', { name: 'Cancel' }).click());
    const own = attackerPage.url().split('/').pop()!;
    const forged = await attacker.request.post(call.url, { headers: call.headers, data: Buffer.from(call.body!.toString().replace(own, id)) });
    expect(forged.status()).toBe(200);
    expect(await forged.text()).toContain('Nothing to cancel.');
    expect((await readJob(victim.request, id)).status).not.toBe('cancelled');
  } finally {
    await victim.close();
    await attacker.close();
  }
});

test('no GET changes state: polling, the pages and the stats leave the database as it was', async ({ browser, app }) => {
  // Node's built-in SQLite (no WebAssembly driver), so that the test can read the file while the server runs.
  const { NODE_OPTIONS: _simulated, ...env } = app.env;
  await withServer(app.dir, { ...env, JOB_WORKER: 'off' }, async (server) => {
    const context = await browser.newContext({ baseURL: server.url });
    const answer = await enqueue(context.request);
    const location = answer.headers()['location']!;
    const id = (await answer.json()).job.id as string;
    await expect.poll(async () => (await readJob(context.request, id)).log).toEqual(['enqueued']);
    const snapshot = async () =>
      JSON.stringify(await Promise.all(['jobs', 'job_events', 'inline_runs', 'write_budget'].map((t) => tableRows(server.databaseFile, `SELECT * FROM ${t}`))));
    const before = await snapshot();
    for (const path of [location, `${location}?cancel=1`, '/api/jobs', '/api/inline', '/api/inline/stats', '/', '/action', '/handler', `/action/jobs/${id}`]) {
      expect((await context.request.get(path)).status(), path).toBeLessThan(500);
      expect((await context.request.head(path)).status(), path).toBeLessThan(500);
    }
    expect(await snapshot()).toBe(before);
    await context.close();
  });
});

test('a flood of jobs cannot push out a waiting one: the store keeps the newest 50 ended jobs, and a full queue refuses new ones', async ({ app }) => {
  const { NODE_OPTIONS: _simulated, ...env } = app.env;
  await withServer(app.dir, { ...env, JOB_WORKER: 'off', JOBS_PER_MINUTE: '100000', JOBS_OPEN_PER_OWNER: '5' }, async (server) => {
    const post = (cookie: string) => fetch(`${server.url}/api/jobs`, { method: 'POST', headers: { ...json, Cookie: cookie }, body: '{}' });
    // Someone's job waits in the queue (no worker runs here).
    const waiting = 'jobs_owner=' + 'w'.repeat(32);
    const waitingJob = (await post(waiting)).headers.get('location')!;
    // An attacker queues as many as one owner may, then more: refused, nothing pushed out.
    const attacker = 'jobs_owner=' + 'a'.repeat(32);
    for (let n = 0; n < 5; n++) expect((await post(attacker)).status).toBe(202);
    const refused = await post(attacker);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Then queues and cancels 55 more: ended jobs are pruned to the newest 50.
    const ended: string[] = [];
    for (let n = 0; n < 55; n++) {
      const location = (await fetch(`${server.url}/api/jobs`, { method: 'POST', headers: { ...json, Cookie: 'jobs_owner=' + String(n).padStart(32, 'c') }, body: '{}' })).headers.get('location')!;
      expect((await fetch(`${server.url}${location}`, { method: 'DELETE', headers: { Cookie: 'jobs_owner=' + String(n).padStart(32, 'c') } })).status).toBe(200);
      ended.push(location);
    }
    // Pruning happens as a job is queued.
    expect((await post('jobs_owner=' + 'z'.repeat(32))).status).toBe(202);
    const counts = await tableRows(server.databaseFile, "SELECT status, COUNT(*) AS n FROM jobs GROUP BY status ORDER BY status");
    expect(counts).toEqual([{ status: 'cancelled', n: 50 }, { status: 'queued', n: 7 }]);
    expect((await fetch(`${server.url}${ended[4]}`, { headers: { Cookie: 'jobs_owner=' + '4'.padStart(32, 'c') } })).status).toBe(404);
    expect((await fetch(`${server.url}${ended[5]}`, { headers: { Cookie: 'jobs_owner=' + '5'.padStart(32, 'c') } })).status).toBe(200);
    // The waiting job is still there.
    expect((await fetch(`${server.url}${waitingJob}`, { headers: { Cookie: waiting } })).status).toBe(200);
  });
});

test('the check page, with course tools on, reports every check passed', async ({ page, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});
