// The testing example. Its own unit tests (Vitest, in examples/testing/tests/) run here, so they are part of the
// course's CI; the browser tests below check what those cannot see: the action's id and Origin check, revalidation
// and the redirect, and the cookie on a real response.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { checks } from '../../examples/testing/lib/checks';
import { expectCheckPageOff, failedChecks } from './check-page';
import { captureActionRequest, expect, test, withServer } from './fixture';

test.use({ exampleId: 'testing' });

stackblitzBuildTest();

const startSession = async (page: Page, path: '/action' | '/handler') => {
  await page.goto(path);
  await page.getByRole('button', { name: 'Start a session' }).click();
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeVisible();
};

test("the example's own npm test passes: the domain, the action, the handler and the handler in a harness", async ({ app }) => {
  // app.env: on the sandbox target, as in a WebContainer (no node:sqlite, so the WebAssembly driver).
  const vitest = join(resolve(import.meta.dirname, '../..'), 'node_modules/vitest/vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run'], { cwd: app.dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...app.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.stdout).toMatch(/Test Files\s+4 passed \(4\)/);
  expect(run.stdout).toMatch(/Tests\s+\d+ passed \(\d+\)/);
});

test('a reader adds a note with the action: the page shows it at once, at an address that names it', async ({ page }) => {
  await startSession(page, '/action');
  await page.getByRole('textbox', { name: 'Note' }).fill('Buy milk');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page).toHaveURL(/\/action\?added=\d+$/);
  await expect(page.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveText(['Buy milk']);
});

test('a reader without JavaScript adds a note with the action: the server answers 303 to the page that shows it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await startSession(page, '/action');
  await page.getByRole('textbox', { name: 'Note' }).fill('Call the bank');
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Add note' }).click()]);
  expect(response.status()).toBe(303);
  expect(response.headers().location).toMatch(/^\/action\?added=\d+$/);
  await expect(page.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveText(['Call the bank']);
  await context.close();
});

test('a reader adds a note through the handler, and it is still there after a reload', async ({ page }) => {
  await startSession(page, '/handler');
  await page.getByRole('textbox', { name: 'Note' }).fill('Water the plants');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('status')).toHaveText('Added “Water the plants”.');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveText(['Water the plants']);
});

test('a visitor without a session cannot add a note on either side', async ({ page }) => {
  // A real add-note call, captured with a session, then sent again without the cookie.
  await startSession(page, '/action');
  await page.getByRole('textbox', { name: 'Note' }).fill('mine');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Add note' }).click());
  await expect(page).toHaveURL(/added=/);
  const cookies = await page.context().cookies();
  await page.context().clearCookies();
  const replayed = await page.request.post(call.url, { headers: call.headers, data: call.body });
  expect(await replayed.text()).toContain('Start a session to add a note.');
  expect((await page.request.post('/api/notes', { data: { text: 'Buy milk' } })).status()).toBe(401);
  expect((await page.request.get('/api/notes')).status()).toBe(401);
  // The session's owner still has only the one note.
  await page.context().addCookies(cookies);
  const notes = (await (await page.request.get('/api/notes')).json()).notes as { text: string }[];
  expect(notes.map((n) => n.text)).toEqual(['mine']);
  await page.context().clearCookies();
  await page.goto('/action');
  await expect(page.getByRole('button', { name: 'Start a session' })).toBeVisible();
});

test('a reader whose note is refused keeps what they wrote', async ({ page }) => {
  await startSession(page, '/action');
  await page.getByRole('textbox', { name: 'Note' }).fill('   ');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('status')).toHaveText('Write something.');
  await expect(page.getByRole('textbox', { name: 'Note' })).toHaveValue('   ');
});

test("an attacker's page on another origin cannot add a note with the reader's session, on either side", async ({ page }) => {
  await startSession(page, '/action');
  const cookie = (await page.context().cookies()).find((c) => c.name === 'session')!;
  expect(cookie.httpOnly).toBe(true);
  // The handler's check is the app's own code (lib/same-origin.ts): a unit test can cover it, and does.
  for (const headers of [{ Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'cross-site' }] as Record<string, string>[]) {
    const response = await page.request.post('/api/notes', { headers, data: { text: 'planted' } });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
  }
  // The action's check is Next.js's: only a request to the running app shows it. It answers 500 and runs nothing.
  await page.getByRole('textbox', { name: 'Note' }).fill('mine');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Add note' }).click());
  await expect(page).toHaveURL(/added=/);
  const forged = await page.request.post(call.url, { headers: { ...call.headers, Origin: 'https://evil.example' }, data: call.body });
  expect(forged.status()).toBe(500);
  const notes = (await (await page.request.get('/api/notes')).json()).notes as { text: string }[];
  expect(notes.map((n) => n.text)).toEqual(['mine']);
});

test('a flood of new sessions is cut off once the minute’s budget is spent', async ({ browser, app }) => {
  await withServer(app.dir, { ...app.env, SESSIONS_PER_MINUTE: '3', WRITE_BUDGET_WINDOW_SECONDS: '86400' }, async (server) => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/action');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Start a session' }).click());
    await expect(page.getByRole('textbox', { name: 'Note' })).toBeVisible();
    // The same call again and again, as a script would send it.
    const replies = await Promise.all([1, 2, 3].map(() => context.request.post(call.url, { headers: call.headers, data: call.body })));
    const cookies = replies.map((r) => r.headers()['set-cookie'] ?? '');
    expect(cookies.filter((c) => c.startsWith('session=')).length).toBe(2);
    await context.clearCookies();
    await page.goto('/action');
    await page.getByRole('button', { name: 'Start a session' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Too many new sessions this minute\. Try again in \d+ s\.$/);
    await context.close();
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
