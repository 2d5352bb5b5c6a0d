// The proxy example: a proxy (middleware.ts on the 15.4 sandbox, proxy.ts in the Next 16 download) in front of a
// Server Action and Route Handlers. What it does to action calls, what it cannot guard, what it sees, and what it does
// to large bodies, on both targets.
import { createHash, randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { checks } from '../../examples/proxy/lib/checks';
import { expectCheckPageOff, failedChecks } from './check-page';
import { captureActionRequest, expect, test, withServer } from './fixture';

test.use({ exampleId: 'proxy' });

stackblitzBuildTest();

const signIn = async (page: Page) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Sign in as a guest' }).click();
  await expect(page).toHaveURL(/\/team$/);
};

const teamName = async (page: Page) => {
  await page.goto('/');
  return page.getByRole('heading', { level: 1 }).innerText();
};

const proxyLines = (output: string) => output.split('\n').filter((line) => line.startsWith('[proxy] action call'));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('a visitor without a session cookie is sent from the team pages to sign in, and the team API answers 401', async ({ page, request }) => {
  for (const path of ['/team', '/team/handler']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login$/);
  }
  expect((await request.get('/api/team')).status()).toBe(401);
  expect((await request.post('/api/team', { data: { name: 'Planted' } })).status()).toBe(401);
  // The home page is public: the proxy does not cover it.
  expect((await request.get('/')).status()).toBe(200);
});

test('a member renames the team with the action, and with the handler', async ({ page }) => {
  await signIn(page);
  await page.getByRole('textbox', { name: 'Team name' }).fill('Green Herons');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('status')).toHaveText('Renamed to “Green Herons”.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Green Herons');
  await page.goto('/team/handler');
  await page.getByRole('textbox', { name: 'Team name' }).fill('Grey Herons');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('status')).toHaveText('Renamed to “Grey Herons”.');
  expect(await teamName(page)).toBe('Grey Herons');
});

test('a reader whose session ended submits the rename form: the proxy lets the action through, and the page says to sign in again', async ({ page, app }) => {
  await signIn(page);
  await page.context().clearCookies(); // the session cookie expired while the page was open
  await page.getByRole('textbox', { name: 'Team name' }).fill('Renamed after expiry');
  const seenBefore = proxyLines(app.output()).length;
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && !!r.request().headers()['next-action']),
    page.getByRole('button', { name: 'Rename' }).click(),
  ]);
  // An answer the action's caller can read, not the proxy's redirect to the sign-in page.
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/x-component/);
  await expect(page.getByRole('status')).toHaveText('Your session has ended. Sign in again to rename the team. Sign in');
  await expect(page.getByRole('status').getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
  // This call, not an earlier test's, passed through the proxy as an action call.
  expect(proxyLines(app.output()).slice(seenBefore).some((line) => line.includes('action call to /team'))).toBe(true);
  expect(await teamName(page)).not.toBe('Renamed after expiry');
});

test('an attacker posts the team action to the home page, which the proxy does not cover: only the action’s own session check stops it', async ({ page, app }) => {
  await signIn(page);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'session')!;
  await page.getByRole('textbox', { name: 'Team name' }).fill('Renamed on the team page');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Rename' }).click());
  await expect(page.getByRole('status')).toHaveText('Renamed to “Renamed on the team page”.');
  const body = (name: string) => Buffer.from(call.body!.toString('latin1').replace('Renamed on the team page', name), 'latin1');
  const home = call.url.replace(/\/team$/, '/');
  const seenBefore = proxyLines(app.output()).length;

  // With the member's cookie, the call runs at /: the action answers anywhere its page's bundle has it.
  const replayed = await page.request.post(home, { headers: call.headers, data: body('Renamed on the home page') });
  expect(replayed.status()).toBe(200);
  expect(await teamName(page)).toBe('Renamed on the home page');
  // And the proxy never saw it.
  expect(proxyLines(app.output()).length).toBe(seenBefore);

  // Without a cookie, and with the cookie of a session the member has since ended: the action refuses both.
  await page.goto('/team');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  for (const headers of [call.headers, { ...call.headers, Cookie: `session=${cookie.value}` }]) {
    const attack = await page.context().request.post(home, { headers, data: body('Renamed by an attacker') });
    expect(attack.status()).toBe(200);
    expect(await attack.text()).toContain('Your session has ended.');
  }
  expect(await teamName(page)).toBe('Renamed on the home page');
});

test('an attacker posts the team action to the sign-in page, whose bundle lacks it: Next.js forwards the call to a page that has it, and it runs', async ({ page, app }) => {
  await signIn(page);
  await page.getByRole('textbox', { name: 'Team name' }).fill('Renamed on the team page');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Rename' }).click());
  await expect(page.getByRole('status')).toHaveText('Renamed to “Renamed on the team page”.');
  const body = Buffer.from(call.body!.toString('latin1').replace('Renamed on the team page', 'Renamed via the sign-in page'), 'latin1');
  const seenBefore = proxyLines(app.output()).length;
  const replayed = await page.request.post(call.url.replace(/\/team$/, '/login'), { headers: call.headers, data: body });
  expect(replayed.status()).toBe(200);
  expect(await teamName(page)).toBe('Renamed via the sign-in page');
  // Forwarded to the home page, which the matcher leaves out: the proxy saw neither request.
  expect(proxyLines(app.output()).length).toBe(seenBefore);
});

test('the proxy sees that a request is an action call, and its id: a hash from the build, not the action’s name', async ({ page, app }) => {
  await signIn(page);
  await page.getByRole('textbox', { name: 'Team name' }).fill('Blue Herons');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Rename' }).click());
  const id = call.headers['next-action']!;
  expect(id).toMatch(/^[0-9a-f]{42}$/);
  await expect.poll(() => proxyLines(app.output())).toContain(`[proxy] action call to /team, id "${id}"`);
  // The handler's request carries no such header: to the proxy it is a POST to a path, which names the operation.
  await page.goto('/team/handler');
  const before = proxyLines(app.output()).length;
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('status')).toHaveText('Renamed to “Blue Herons”.');
  expect(proxyLines(app.output()).length).toBe(before);
});

test('a member uploads a 12 MB file to a route the proxy covers, and all of it arrives', async ({ page }) => {
  await signIn(page);
  const file = randomBytes(12 * 1024 * 1024);
  const response = await page.request.put('/api/team/file', { headers: { 'Content-Type': 'application/octet-stream' }, data: file });
  expect(response.status()).toBe(201);
  expect((await response.json()).file).toEqual({ bytes: file.byteLength, sha256: sha256(file) });
});

test('an upload over the 20 MB limit is refused with 413, not stored cut short', async ({ page }) => {
  await signIn(page);
  const response = await page.request.put('/api/team/file', { headers: { 'Content-Type': 'application/octet-stream' }, data: randomBytes(24 * 1024 * 1024) });
  expect(response.status()).toBe(413);
});

test('with the proxy’s default 10 MB body limit, a 12 MB upload arrives cut short with a 201, and only the server log says so', async ({ browser, app }) => {
  await withServer(app.dir, { ...app.env, PROXY_BODY_LIMIT: '10mb' }, async (server) => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await signIn(page);
    const file = randomBytes(12 * 1024 * 1024);
    const response = await page.request.put('/api/team/file', { headers: { 'Content-Type': 'application/octet-stream' }, data: file });
    expect(response.status()).toBe(201);
    const stored = (await response.json()).file as { bytes: number; sha256: string };
    // The first 10 MB, up to the chunk that crossed the limit, and nothing after.
    expect(stored.bytes).toBeLessThanOrEqual(10 * 1024 * 1024);
    expect(stored.bytes).toBeGreaterThan(9 * 1024 * 1024);
    expect(stored.sha256).toBe(sha256(file.subarray(0, stored.bytes)));
    expect(server.output()).toContain('Request body exceeded 10MB for /api/team/file. Only the first 10MB will be available unless configured.');
    // Over the handler's own limit: Next 15.4 keeps the Content-Length the client sent, so the handler refuses it
    // before reading; Next 16 rewrites Content-Length to the cut size, so the handler stores 10 MB of a 24 MB file.
    const large = await page.request.put('/api/team/file', { headers: { 'Content-Type': 'application/octet-stream' }, data: randomBytes(24 * 1024 * 1024) });
    expect(large.status()).toBe(app.target === 'download' ? 201 : 413);
    await context.close();
  });
});

test("an attacker's page on another origin cannot rename the team through the handler with a member's session", async ({ page }) => {
  await signIn(page);
  const attacks: Record<string, string>[] = [{ Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'cross-site' }];
  for (const headers of attacks) {
    const response = await page.request.post('/api/team', { headers, data: { name: 'Planted' } });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
  }
  expect(await teamName(page)).not.toBe('Planted');
});

test('the check page, with course tools on, reports every check passed', async ({ page, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});
