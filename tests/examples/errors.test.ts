import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, test } from './fixture';

test.use({ exampleId: 'errors' });

type Api = import('@playwright/test').APIRequestContext;
const projects = async (request: Api) => (await (await request.get('/api/projects')).json()).projects;
const internal = 'db-7.internal';

stackblitzBuildTest();

test('visitor sees returned errors from the action next to the form', async ({ page, request }) => {
  const before = await projects(request);
  await page.goto('/action');
  const form = page.getByRole('form', { name: 'Rename Apollo' });
  await form.getByLabel('New name').fill('ab');
  await form.getByRole('button', { name: 'Rename' }).click();
  await expect(form.getByText('Name must be at least 3 characters.')).toBeVisible();
  await expect(form.getByLabel('New name')).toHaveValue('ab');
  await form.getByLabel('New name').fill('gemini');
  await form.getByRole('button', { name: 'Rename' }).click();
  await expect(form.getByRole('status')).toHaveText('Another project is already called gemini.');
  expect(await projects(request)).toEqual(before);
});

test('visitor renames a project with the action', async ({ page }) => {
  await page.goto('/action');
  const form = page.getByRole('form', { name: 'Rename Apollo' });
  await form.getByLabel('New name').fill('Artemis');
  await form.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { name: 'Artemis' })).toBeVisible();
});

test('an unexpected failure in the action reaches error.tsx without its internal message', async ({ page }) => {
  await page.goto('/action');
  const form = page.getByRole('form', { name: 'Rename Gemini' });
  await form.getByLabel('New name').fill('Orion');
  await form.getByLabel('Simulate an unexpected server failure').check();
  // What crosses the wire is checked by the replay test below; here, what the reader sees.
  await form.getByRole('button', { name: 'Rename' }).click();
  // Next.js's route announcer is an alert too; pick the error boundary's.
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
  await expect(alert.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(alert).toContainText('Reference for support:');
  await expect(page.locator('body')).not.toContainText(internal);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('form', { name: 'Rename Gemini' })).toBeVisible();
});

test('HTTP client gets one error shape with the right status for every failure', async ({ request }) => {
  const before = await projects(request);
  const taken = before.find((p: { id: string }) => p.id === 'p1').name.toUpperCase();
  const json = { 'Content-Type': 'application/json' };
  const cases: [number, string, import('@playwright/test').APIResponse][] = [
    [400, 'invalid_json', await request.patch('/api/projects/p2', { headers: json, data: Buffer.from('{"name"') })],
    [422, 'validation_failed', await request.patch('/api/projects/p2', { data: { name: 'x' } })],
    [422, 'validation_failed', await request.patch('/api/projects/p2', { data: { name: 42 } })],
    [422, 'validation_failed', await request.patch('/api/projects/p2', { data: { name: 'Fine', role: 'admin' } })],
    [404, 'not_found', await request.patch('/api/projects/p9', { data: { name: 'Orion' } })],
    [409, 'name_taken', await request.patch('/api/projects/p2', { data: { name: taken } })],
  ];
  for (const [status, code, response] of cases) {
    expect(response.status(), code).toBe(status);
    const body = await response.json();
    expect(body.error.code, code).toBe(code);
    expect(typeof body.error.message).toBe('string');
  }
  expect(await projects(request)).toEqual(before);
});

test('an unexpected failure in the handler is a 500 with a request id and no internals', async ({ request }) => {
  const response = await request.patch('/api/projects/p2', { data: { name: 'Orion', simulateFailure: true } });
  expect(response.status()).toBe(500);
  const text = await response.text();
  expect(text).not.toContain(internal);
  expect(text).not.toContain('at ');
  expect(JSON.parse(text).error).toMatchObject({ code: 'internal_error', message: 'Something went wrong on our side.' });
  expect(JSON.parse(text).error.requestId).toMatch(/^[0-9a-f-]{36}$/);
});

test('visitor on the handler page sees messages by status, including the 500 reference', async ({ page }) => {
  await page.goto('/handler');
  const form = page.getByRole('form', { name: /^Rename Gemini/ });
  await form.getByLabel('New name').fill('Orion');
  await form.getByLabel('Simulate an unexpected server failure').check();
  await form.getByRole('button', { name: 'Rename' }).click();
  await expect(form.getByRole('status')).toHaveText(/^Something went wrong on our side\. Reference: [0-9a-f-]{36}\.$/);
  await form.getByLabel('Simulate an unexpected server failure').uncheck();
  await form.getByLabel('New name').fill('!!');
  await form.getByRole('button', { name: 'Rename' }).click();
  await expect(form.getByRole('status')).toContainText('Name must be at least 3 characters.');
});

test('the replayed failing action call carries only a digest', async ({ page, request }) => {
  await page.goto('/action');
  const form = page.getByRole('form', { name: 'Rename Gemini' });
  await form.getByLabel('New name').fill('Orion');
  await form.getByLabel('Simulate an unexpected server failure').check();
  const call = await captureActionRequest(page, () => form.getByRole('button', { name: 'Rename' }).click());
  const replay = await request.post(call.url, { headers: call.headers, data: call.body ?? undefined });
  const text = await replay.text();
  expect(text).toContain('digest');
  expect(text).not.toContain(internal);
});
