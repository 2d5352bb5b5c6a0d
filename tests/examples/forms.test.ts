import { stackblitzBuildTest } from './builds-like-stackblitz';
import { actionForm, sendActionForm } from './action-form';
import { flood } from './attack';
import { captureActionRequest, expect, test } from './fixture';

import { failedChecks } from './check-page';
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

test('the check page reports every check passed', async ({ page, app }) => {
  expect(await failedChecks(page, app.url, checks)).toEqual([]);
});
