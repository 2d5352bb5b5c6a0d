import { stackblitzBuildTest } from './builds-like-stackblitz';
import { actionForm, sendActionForm } from './action-form';
import { flood } from './attack';
import { captureActionRequest, expect, test, withServer } from './fixture';

import { expectCheckPageOff, failedChecks } from './check-page';
import { checks } from '../../examples/forms/lib/checks';

test.use({ exampleId: 'forms' });

const postCount = async (request: import('@playwright/test').APIRequestContext) =>
  ((await (await request.get('/api/posts')).json()) as { posts: unknown[] }).posts.length;

stackblitzBuildTest();

test('visitor creates a post with the Server Action form and sees it at once', async ({ page }) => {
  await page.goto('/action');
  await page.getByLabel('Title').fill('Written with an action');
  await page.getByLabel('Body').fill('Submitted through a real form.');
  await page.getByRole('button', { name: 'Create post' }).click();
  await expect(page.getByRole('status')).toHaveText('Created “Written with an action”.');
  await expect(page.getByRole('list', { name: 'Posts' })).toContainText('Written with an action');
});

test('visitor gets field errors from the action and nothing is stored', async ({ page, request }) => {
  const before = await postCount(request);
  await page.goto('/action');
  await page.getByLabel('Title').fill('no');
  await page.getByRole('button', { name: 'Create post' }).click();
  await expect(page.getByText('Title must be at least 3 characters.')).toBeVisible();
  await expect(page.getByText('Write something in the body.')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('no');
  expect(await postCount(request)).toBe(before);
});

test('visitor without JavaScript can still create a post with the action form', async ({ browser, app }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: app.url });
  const page = await context.newPage();
  await page.goto('/action');
  await page.getByLabel('Title').fill('Posted before hydration');
  await page.getByLabel('Body').fill('Progressive enhancement at work.');
  await page.getByRole('button', { name: 'Create post' }).click();
  await expect(page.getByRole('list', { name: 'Posts' })).toContainText('Posted before hydration');
  await context.close();
});

test('the action answers a plain POST replayed outside the browser: it is a public endpoint', async ({ page, request }) => {
  await page.goto('/action');
  await page.getByLabel('Title').fill('Captured call');
  await page.getByLabel('Body').fill('This request is replayed below.');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Create post' }).click());
  await expect(page.getByRole('status')).toHaveText('Created “Captured call”.');
  expect(call.headers.accept).toBe('text/x-component');

  const before = await postCount(request);
  const replay = await request.post(call.url, { headers: call.headers, data: call.body ?? undefined });
  expect(replay.status()).toBe(200);
  expect(replay.headers()['content-type']).toContain('text/x-component');
  expect(await postCount(request)).toBe(before + 1);
});

test('client creates a post through the Route Handler and the page refreshes', async ({ page }) => {
  await page.goto('/handler');
  await page.getByLabel('Title').fill('Written with fetch');
  await page.getByLabel('Body').fill('Sent as JSON.');
  await page.getByRole('button', { name: 'Create post' }).click();
  await expect(page.getByRole('status')).toHaveText('Created “Written with fetch”.');
  await expect(page.getByRole('list', { name: 'Posts' })).toContainText('Written with fetch');
});

test('HTTP client creates a post with JSON and gets 201', async ({ request }) => {
  const response = await request.post('/api/posts', { data: { title: 'From curl', body: 'JSON body' } });
  expect(response.status()).toBe(201);
  expect((await response.json()).post).toMatchObject({ title: 'From curl', body: 'JSON body' });
});

test('HTTP client gets the right 4xx for bad input and nothing is stored', async ({ request }) => {
  const before = await postCount(request);
  const json = { 'Content-Type': 'application/json' };
  const cases = [
    { name: 'malformed JSON', res: await request.post('/api/posts', { headers: json, data: Buffer.from('{"title": ') }), status: 400, code: 'invalid_json' },
    { name: 'missing fields', res: await request.post('/api/posts', { data: {} }), status: 422, code: 'validation_failed' },
    { name: 'wrong types', res: await request.post('/api/posts', { data: { title: 42, body: ['x'] } }), status: 422, code: 'validation_failed' },
    { name: 'too long title', res: await request.post('/api/posts', { data: { title: 'x'.repeat(101), body: 'ok' } }), status: 422, code: 'validation_failed' },
    { name: 'oversized body', res: await request.post('/api/posts', { headers: json, data: JSON.stringify({ title: 'Big', body: 'x'.repeat(20_000) }) }), status: 413, code: 'payload_too_large' },
    { name: 'not JSON', res: await request.post('/api/posts', { form: { title: 'Form', body: 'post' } }), status: 415, code: 'unsupported_media_type' },
  ];
  for (const c of cases) {
    expect(c.res.status(), c.name).toBe(c.status);
    expect((await c.res.json()).error.code, c.name).toBe(c.code);
  }
  const missing = await request.post('/api/posts', { data: {} });
  expect((await missing.json()).error.fieldErrors).toHaveProperty('title');
  expect(await postCount(request)).toBe(before);
});

test('an anonymous flood of posts gets 429 once the budget for the minute is spent, on both sides, and nothing more is stored', async ({ browser, app }) => {
  // Three writes per window, and a window of a day, so that the test's writes cannot straddle two windows.
  await withServer(app.dir, { ...app.env, POSTS_PER_MINUTE: '3', WRITE_BUDGET_WINDOW_SECONDS: '86400' }, async (server) => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    const post = (n: number) => page.request.post('/api/posts', { data: { title: `Flood ${n}`, body: 'Posted in a flood.' } });
    const answers = await Promise.all([1, 2, 3, 4, 5].map(post));
    expect(answers.map((a) => a.status()).sort()).toEqual([201, 201, 201, 429, 429]);
    const refused = answers.find((a) => a.status() === 429)!;
    expect((await refused.json()).error.code).toBe('too_many_posts');
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    // The action shares the budget, and says so next to the form.
    await page.goto('/action');
    await page.getByLabel('Title').fill('One more');
    await page.getByLabel('Body').fill('After the flood.');
    await page.getByRole('button', { name: 'Create post' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Too many new posts right now\. Try again in \d+ s\.$/);
    const titles = ((await (await page.request.get('/api/posts')).json()).posts as { title: string }[]).map((p) => p.title);
    expect(titles.filter((t) => t.startsWith('Flood') || t === 'One more')).toHaveLength(3);
    await page.context().close();
  });
});

test('a store of posts keeps the newest 500 however many arrive', async ({ app }) => {
  test.setTimeout(120_000); // 520 posts, one after another, on a machine that may be busy
  await withServer(app.dir, { ...app.env, POSTS_PER_MINUTE: '100000' }, async (server) => {
    for (let n = 1; n <= 520; n++) {
      const response = await fetch(`${server.url}/api/posts`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: `Post ${n}`, body: 'One of many.' }) });
      expect(response.status).toBe(201);
    }
    const { DatabaseSync } = await import('node:sqlite');
    const database = new DatabaseSync(server.databaseFile, { readOnly: true });
    const { kept, oldest } = database.prepare('SELECT count(*) AS kept, min(title) AS oldest FROM posts').get() as { kept: number; oldest: string };
    database.close();
    expect(kept).toBe(500);
    expect(oldest).not.toBe('Hello from the store');
    // The page shows the newest 50 of them.
    const shown = (await (await fetch(`${server.url}/api/posts`)).json()).posts as { title: string }[];
    expect(shown).toHaveLength(50);
    expect(shown[0]!.title).toBe('Post 520');
  });
});

test('an unsupported method gets 405', async ({ request }) => {
  expect((await request.delete('/api/posts')).status()).toBe(405);
});

test('an attacker cannot make the handler hold an endless body in memory', async ({ app }) => {
  const answer = await flood(app.url, '/api/posts', { headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } });
  expect(answer.status, answer.text).toBe(413);
  expect(answer.sentEverything).toBe(false);
  expect(answer.bytesSent).toBeLessThan(8 * 1024 * 1024);
});

test('an attacker declaring a huge body is refused before sending it', async ({ app }) => {
  const answer = await flood(app.url, '/api/posts', { headers: { 'Content-Type': 'application/json' }, declare: 300 * 1024 * 1024, upTo: 64 * 1024 });
  expect(answer.status, answer.text).toBe(413);
});

test('an attacker sending a File part or a forged argument list to the action gets field errors, and nothing is stored', async ({ page, request }) => {
  await page.goto('/action');
  await page.getByLabel('Title').fill('Original call');
  await page.getByLabel('Body').fill('Captured, then tampered with.');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Create post' }).click());
  await expect(page.getByRole('status')).toHaveText('Created “Original call”.');
  const before = await postCount(request);

  const withFile = await actionForm(call);
  const titleField = [...withFile.keys()].find((k) => k.endsWith('_title'))!;
  withFile.set(titleField, new File(['A title in a file'], 'title.txt', { type: 'text/plain' }));
  const fileAnswer = await sendActionForm(request, call, withFile);
  expect(fileAnswer.status()).toBe(200);
  const fileText = await fileAnswer.text();
  expect(fileText).toContain('Title must be text.');
  expect(fileText).not.toContain('[object File]');

  const forged = await actionForm(call);
  forged.set('0', JSON.stringify([null, 'not a form']));
  const forgedAnswer = await sendActionForm(request, call, forged);
  expect(forgedAnswer.status()).toBe(200);
  expect(await forgedAnswer.text()).toContain('Title must be text.');
  expect(await postCount(request)).toBe(before);
});

test('a handler that exports GET answers HEAD, and the automatic OPTIONS answer has Allow but no CORS headers', async ({ request }) => {
  const head = await request.head('/api/posts');
  expect(head.status()).toBe(200);
  expect(await head.text()).toBe('');
  const options = await request.fetch('/api/posts', { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' } });
  expect(options.status()).toBe(204);
  expect(options.headers().allow?.split(',').map((m) => m.trim()).sort()).toEqual(['GET', 'HEAD', 'OPTIONS', 'POST']);
  expect(options.headers()['access-control-allow-origin']).toBeUndefined();
});

test('the check page, with course tools on, reports every check passed', async ({ page, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});
