// The typed-api example: a Server Action built with next-safe-action, and a versioned oRPC API with an OpenAPI
// document and a typed client, both calling one domain function. Each attack test is named by what the attacker tries.
import type { APIRequestContext, Page } from '@playwright/test';
import { actionForm, fieldPrefix, sendActionForm } from './action-form';
import { rawRequest } from './attack';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { checks } from '../../examples/typed-api/lib/checks';
import { expectCheckPageOff, failedChecks } from './check-page';
import { captureActionRequest, expect, test, withServer } from './fixture';

test.use({ exampleId: 'typed-api' });

stackblitzBuildTest();

const startSession = async (page: Page, path: '/action' | '/handler') => {
  await page.goto(path);
  await page.getByRole('button', { name: 'Start a session' }).click();
  await expect(page.getByRole('button', { name: 'End the session' })).toBeVisible();
};

/** A session in `page`'s context and an API token for it, issued the way the page does. */
const tokenFor = async (page: Page): Promise<string> => {
  await startSession(page, '/handler');
  await page.getByRole('button', { name: 'Issue an API token' }).click();
  const token = (await page.getByText(/^tk_/).textContent())!;
  expect(token).toMatch(/^tk_[A-Za-z0-9_-]{43}$/);
  return token;
};

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

const listV2 = async (request: APIRequestContext, token: string) => {
  const response = await request.get('/api/v2/tasks', { headers: bearer(token) });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { tasks: { id: number; title: string; priority: string }[] }).tasks;
};

test('a reader adds a task with the action, and the typed result names it', async ({ page }) => {
  await startSession(page, '/action');
  await page.getByRole('textbox', { name: 'Task' }).fill('Buy milk');
  await page.getByRole('combobox', { name: 'Priority' }).selectOption('high');
  await page.getByRole('button', { name: 'Add task' }).click();
  await expect(page.getByRole('status')).toHaveText('Added “Buy milk”.');
  await expect(page.getByRole('list', { name: 'Tasks' }).getByRole('listitem')).toHaveText(['Buy milk (high)']);
  await expect(page.getByRole('textbox', { name: 'Task' })).toHaveValue('');
});

test('a reader without JavaScript is told what to fix, and keeps what they typed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await startSession(page, '/action');
  await page.getByRole('textbox', { name: 'Task' }).fill('   ');
  await page.getByRole('combobox', { name: 'Priority' }).selectOption('low');
  await page.getByRole('button', { name: 'Add task' }).click();
  await expect(page.getByRole('status')).toHaveText('Fix the fields marked below.');
  await expect(page.getByText('Write what the task is.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Task' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Task' })).toHaveValue('   ');
  await expect(page.getByRole('combobox', { name: 'Priority' })).toHaveValue('low');
  await page.getByRole('textbox', { name: 'Task' }).fill('Call the bank');
  await page.getByRole('button', { name: 'Add task' }).click();
  await expect(page.getByRole('status')).toHaveText('Added “Call the bank”.');
  await expect(page.getByRole('list', { name: 'Tasks' }).getByRole('listitem')).toHaveText(['Call the bank (low)']);
  await context.close();
});

test('the app signs in with a token and adds a task through the typed client, and the action page shows it too', async ({ page }) => {
  await tokenFor(page);
  const app = page.getByRole('region', { name: 'The app' });
  await app.getByRole('textbox', { name: 'Task' }).fill('Water the plants');
  await app.getByRole('combobox', { name: 'Priority' }).selectOption('low');
  await app.getByRole('button', { name: 'Add task' }).click();
  await expect(app.getByRole('status')).toHaveText('Added “Water the plants”.');
  await expect(app.getByRole('list', { name: 'Tasks' }).getByRole('listitem')).toHaveText(['Water the plants (low)']);
  // One domain function and one table behind both ways.
  await page.goto('/action');
  await expect(page.getByRole('list', { name: 'Tasks' }).getByRole('listitem')).toHaveText(['Water the plants (low)']);
});

test('the app shows the issues when the API refuses its input, and adds nothing', async ({ page }) => {
  await tokenFor(page);
  const app = page.getByRole('region', { name: 'The app' });
  await app.getByRole('textbox', { name: 'Task' }).fill('   ');
  await app.getByRole('button', { name: 'Add task' }).click();
  await expect(app.getByRole('status')).toHaveText('Write what the task is.');
  await expect(app.getByRole('list', { name: 'Tasks' }).getByRole('listitem')).toHaveCount(0);
});

test('an app still on version 1 gets what it always got, while version 2 adds the priority', async ({ page, request }) => {
  const token = await tokenFor(page);
  const created = await request.post('/api/v1/tasks', { headers: bearer(token), data: { title: 'From an old app' } });
  expect(created.status()).toBe(201);
  const v1Task = await created.json();
  expect(Object.keys(v1Task).sort()).toEqual(['id', 'title']);
  const v1List = (await (await request.get('/api/v1/tasks', { headers: bearer(token) })).json()).tasks;
  expect(v1List).toEqual([v1Task]);
  // v1 has no priority: sending one is refused, as it always was.
  expect((await request.post('/api/v1/tasks', { headers: bearer(token), data: { title: 'x1', priority: 'high' } })).status()).toBe(400);
  // The same task through v2: the priority v1 clients get is normal.
  expect(await listV2(request, token)).toEqual([{ ...v1Task, priority: 'normal', createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
});

test('an API client that sends bad input gets 400 with the issues, and nothing is added', async ({ page, request }) => {
  const token = await tokenFor(page);
  const missing = await request.post('/api/v2/tasks', { headers: bearer(token), data: { title: 'No priority' } });
  expect(missing.status()).toBe(400);
  const body = await missing.json();
  // Declared in the contract, so typed in the client and listed in the document.
  expect(body).toMatchObject({ defined: true, code: 'BAD_REQUEST' });
  expect(body.data.issues).toEqual([expect.objectContaining({ path: ['priority'], message: 'Choose low, normal or high.' })]);
  const tooLong = await request.post('/api/v2/tasks', { headers: bearer(token), data: { title: 'a'.repeat(121), priority: 'low' } });
  expect((await tooLong.json()).data.issues[0].message).toBe('At most 120 characters.');
  const extra = await request.post('/api/v2/tasks', { headers: bearer(token), data: { title: 'Mine', priority: 'low', ownerId: 'guest_someone' } });
  expect(extra.status()).toBe(400);
  const notJson = await request.post('/api/v2/tasks', { headers: { ...bearer(token), 'Content-Type': 'application/json' }, data: '{"title":' });
  expect(notJson.status()).toBe(400);
  // A GET with a title in its query lists; it adds nothing.
  expect((await request.get('/api/v2/tasks?title=Sneaky&priority=high', { headers: bearer(token) })).status()).toBe(200);
  const unknown = await request.delete('/api/v2/tasks', { headers: bearer(token) });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).message).toContain('/api/openapi.json');
  expect(await listV2(request, token)).toEqual([]);
});

test('the OpenAPI document describes both versions the way the contract says', async ({ request }) => {
  const response = await request.get('/api/openapi.json');
  expect(response.status()).toBe(200);
  const doc = await response.json();
  expect(doc.openapi).toBe('3.1.1');
  expect(doc.servers).toEqual([{ url: '/api' }]);
  expect(doc.components.securitySchemes.token).toEqual({ type: 'http', scheme: 'bearer' });
  expect(Object.keys(doc.paths).sort()).toEqual(['/v1/tasks', '/v2/tasks']);
  expect(doc.paths['/v1/tasks'].post.deprecated).toBe(true);
  expect(doc.paths['/v2/tasks'].post.deprecated).toBeUndefined();
  const input = doc.paths['/v2/tasks'].post.requestBody.content['application/json'].schema;
  expect(input.properties.title).toMatchObject({ type: 'string', minLength: 1, maxLength: 120 });
  expect(input.properties.priority.enum).toEqual(['low', 'normal', 'high']);
  expect(input.additionalProperties).toBe(false);
  expect(Object.keys(doc.paths['/v2/tasks'].post.responses).sort()).toEqual(['201', '400', '401', '429']);
  expect(Object.keys(doc.paths['/v2/tasks'].get.responses).sort()).toEqual(['200', '401']);
  // Version 1 is written out on its own: no priority in, none out.
  expect(Object.keys(doc.paths['/v1/tasks'].post.requestBody.content['application/json'].schema.properties)).toEqual(['title']);
});

test("a form post from a sibling subdomain, carrying the reader's session cookie, cannot add a task through the API", async ({ page, request }) => {
  await startSession(page, '/action');
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  // What a <form method="post"> on another page of the same site sends: a form body, and the cookie the browser
  // attaches (SameSite=Lax keeps it off other sites' posts, not off a sibling subdomain's).
  const forged = await request.post('/api/v2/tasks', {
    headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'title=Sent+by+another+page&priority=high',
  });
  expect(forged.status()).toBe(401);
  expect((await page.request.get('/api/v2/tasks')).status()).toBe(401);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Tasks' }).getByRole('listitem')).toHaveCount(0);
});

test('a caller with no token, a made-up one, or one that was replaced cannot use the API', async ({ page, request }) => {
  expect((await request.get('/api/v2/tasks')).status()).toBe(401);
  const noToken = await request.post('/api/v2/tasks', { data: { title: 'Mine', priority: 'low' } });
  expect(noToken.status()).toBe(401);
  expect(noToken.headers()['www-authenticate']).toBe('Bearer');
  expect((await noToken.json()).code).toBe('UNAUTHORIZED');
  expect((await request.get('/api/v2/tasks', { headers: bearer(`tk_${'A'.repeat(43)}`) })).status()).toBe(401);
  expect((await request.get('/api/v2/tasks', { headers: { Authorization: 'Basic dXNlcjpwYXNz' } })).status()).toBe(401);
  // Each user keeps the newest three tokens: the fourth ends the first.
  const first = await tokenFor(page);
  const call = await captureActionRequest(page, async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Issue an API token' }).click();
  });
  await expect(page.getByText(/^tk_/)).toBeVisible();
  for (let i = 0; i < 2; i++) {
    const again = await page.request.post(call.url, { headers: call.headers, data: call.body });
    expect(await again.text()).toMatch(/tk_[A-Za-z0-9_-]{43}/);
  }
  expect((await request.get('/api/v2/tasks', { headers: bearer(first) })).status()).toBe(401);
  const newest = (await page.request.post(call.url, { headers: call.headers, data: call.body }).then((r) => r.text())).match(/tk_[A-Za-z0-9_-]{43}/)![0];
  expect(await listV2(request, newest)).toEqual([]);
  // The scheme's case does not matter (RFC 9110); the token's does.
  expect((await request.get('/api/v2/tasks', { headers: { Authorization: `bearer ${newest}` } })).status()).toBe(200);
  // Ending the session signs its apps out too.
  await page.goto('/action');
  await page.getByRole('button', { name: 'End the session' }).click();
  await expect(page.getByRole('button', { name: 'Start a session' })).toBeVisible();
  expect((await request.get('/api/v2/tasks', { headers: bearer(newest) })).status()).toBe(401);
});

test("one user's token cannot read or add to another user's tasks", async ({ browser, request, app }) => {
  const contexts = await Promise.all([0, 1].map(() => browser.newContext({ baseURL: app.url })));
  const alice = await tokenFor(await contexts[0]!.newPage());
  const bob = await tokenFor(await contexts[1]!.newPage());
  await request.post('/api/v2/tasks', { headers: bearer(alice), data: { title: 'Alice’s task', priority: 'high' } });
  expect((await listV2(request, bob)).map((t) => t.title)).toEqual([]);
  // Bob cannot name another owner: the contract has no such field, and refuses one it does not know.
  const planted = await request.post('/api/v2/tasks', { headers: bearer(bob), data: { title: 'Planted', priority: 'high', ownerId: 'guest_alice', owner_id: 'guest_alice' } });
  expect(planted.status()).toBe(400);
  expect((await listV2(request, alice)).map((t) => t.title)).toEqual(['Alice’s task']);
  await Promise.all(contexts.map((c) => c.close()));
});

test('a flood of tasks, through the action and the API together, is cut off by one budget in the database', async ({ browser, app }) => {
  await withServer(app.dir, { ...app.env, TASKS_PER_MINUTE: '3', WRITE_BUDGET_WINDOW_SECONDS: '86400' }, async (server) => {
    const context = await browser.newContext({ baseURL: server.url });
    // The app, in a tab of its own, and the site's page in another.
    const appPage = await context.newPage();
    const token = await tokenFor(appPage);
    const app = appPage.getByRole('region', { name: 'The app' });
    await app.getByRole('textbox', { name: 'Task' }).fill('One');
    await app.getByRole('combobox', { name: 'Priority' }).selectOption('low');
    await app.getByRole('button', { name: 'Add task' }).click();
    await expect(app.getByRole('status')).toHaveText('Added “One”.');
    expect((await context.request.post('/api/v2/tasks', { headers: bearer(token), data: { title: 'Two', priority: 'low' } })).status()).toBe(201);
    const page = await context.newPage();
    await page.goto('/action');
    await page.getByRole('textbox', { name: 'Task' }).fill('Three');
    await page.getByRole('button', { name: 'Add task' }).click();
    await expect(page.getByRole('status')).toHaveText('Added “Three”.');
    // The budget is spent, whichever way the next one comes.
    const refused = await context.request.post('/api/v2/tasks', { headers: bearer(token), data: { title: 'Four', priority: 'low' } });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    const body = await refused.json();
    expect(body).toMatchObject({ defined: true, code: 'TOO_MANY_REQUESTS' });
    expect(body.data.retryAfterSeconds).toBe(Number(refused.headers()['retry-after']));
    await page.getByRole('textbox', { name: 'Task' }).fill('Five');
    await page.getByRole('button', { name: 'Add task' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Too many tasks this minute\. Try again in \d+ s\.$/);
    await expect(page.getByRole('textbox', { name: 'Task' })).toHaveValue('Five');
    // The typed client reads the 429's data.
    await app.getByRole('textbox', { name: 'Task' }).fill('Six');
    await app.getByRole('button', { name: 'Add task' }).click();
    await expect(app.getByRole('status')).toHaveText(/^Too many tasks this minute\. Try again in \d+ s\.$/);
    await expect(page.getByRole('list', { name: 'Tasks' }).getByRole('listitem')).toHaveText(['Three (normal)', 'Two (low)', 'One (low)']);
    await context.close();
  });
});

test('an oversized body is refused with 413 before it is parsed', async ({ page, request, app }) => {
  const token = await tokenFor(page);
  const big = await request.post('/api/v2/tasks', { headers: bearer(token), data: { title: 'Big', priority: 'low', padding: 'a'.repeat(10_000) } });
  expect(big.status()).toBe(413);
  // The same body without a Content-Length, in chunks: counted as it arrives.
  const streamed = await rawRequest(app.url, '/api/v2/tasks', {
    method: 'POST',
    headers: { ...bearer(token), 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
    body: JSON.stringify({ title: 'Big', priority: 'low', padding: 'a'.repeat(10_000) }),
  });
  expect(streamed.status).toBe(413);
  expect(await listV2(request, token)).toEqual([]);
});

test("an attacker's hand-made action call cannot slip a File, a plain string or another owner past the schema", async ({ page }) => {
  await startSession(page, '/action');
  await page.getByRole('textbox', { name: 'Task' }).fill('Mine');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Add task' }).click());
  await expect(page.getByRole('status')).toHaveText('Added “Mine”.');
  const form = await actionForm(call);
  const prefix = fieldPrefix(form);
  const withFile = await actionForm(call);
  withFile.set(`${prefix}title`, new File(['x'], 'title.txt'));
  expect(await (await sendActionForm(page.request, call, withFile)).text()).toContain('Write the task as text.');
  const notAForm = await actionForm(call);
  notAForm.set('0', JSON.stringify([null, 'not a form']));
  expect(await (await sendActionForm(page.request, call, notAForm)).text()).toContain('validationErrors');
  const otherOwner = await actionForm(call);
  otherOwner.set('0', JSON.stringify([null, { title: 'Planted', priority: 'high', ownerId: 'guest_someone' }]));
  expect(await (await sendActionForm(page.request, call, otherOwner)).text()).toContain('validationErrors');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Tasks' }).getByRole('listitem')).toHaveText(['Mine (normal)']);
  // Without the session cookie, the middleware refuses before the schema is read: even input the schema would
  // refuse gets the session's answer, not validation errors.
  await page.context().clearCookies();
  const anonymous = await (await sendActionForm(page.request, call, notAForm)).text();
  expect(anonymous).toContain('Start a session first.');
  expect(anonymous).not.toContain('validationErrors');
});

test('the action is no API: its id comes from the build, and its answer is React’s encoding, not JSON', async ({ page, app }) => {
  await startSession(page, '/action');
  await page.getByRole('textbox', { name: 'Task' }).fill('Once');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Add task' }).click());
  await expect(page.getByRole('status')).toHaveText('Added “Once”.');
  expect(call.headers['next-action']).toMatch(/^[0-9a-f]{40,42}$/);
  const again = await page.request.post(call.url, { headers: call.headers, data: call.body });
  expect(again.headers()['content-type']).toContain('text/x-component');
  // An id from another build (a client built before a deploy, or a script that saved one) finds nothing.
  const stale = await page.request.post(call.url, { headers: { ...call.headers, 'next-action': 'f'.repeat(call.headers['next-action']!.length) }, data: call.body });
  expect(stale.headers()['x-nextjs-action-not-found']).toBe('1');
  // Measured: 404 on 15.4, 409 on 16.5 (as in the optimistic example).
  expect(stale.status()).toBe(app.nextVersion.startsWith('15.') ? 404 : 409);
});

test('the check page, with course tools on, reports every check passed', async ({ page, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});
