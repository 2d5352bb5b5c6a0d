import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, test } from './fixture';

test.use({ exampleId: 'mutations' });

type Todo = { id: number; title: string; done: boolean };
const todos = async (request: import('@playwright/test').APIRequestContext): Promise<Todo[]> =>
  (await (await request.get('/api/todos')).json()).todos;

stackblitzBuildTest();

test('visitor toggles a to-do with a Server Action and it stays toggled after reload', async ({ page, request }) => {
  await page.goto('/action');
  const box = page.getByRole('checkbox', { name: 'Build the Route Handler side' });
  await expect(box).not.toBeChecked();
  const call = await captureActionRequest(page, () => box.check());
  await expect(box).toBeChecked();
  expect(call.body?.toString()).toBe('[2,true]');
  await expect.poll(async () => (await todos(request)).find((t) => t.id === 2)?.done).toBe(true);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Build the Route Handler side' })).toBeChecked();
});

test('visitor deletes a to-do with a Server Action', async ({ page, request }) => {
  await page.goto('/action');
  await page.getByRole('button', { name: 'Delete “Ship it”' }).click();
  await expect(page.getByRole('checkbox', { name: 'Ship it' })).toHaveCount(0);
  await expect.poll(async () => (await todos(request)).some((t) => t.title === 'Ship it')).toBe(false);
});

test('a forged action call with a bad id changes nothing', async ({ page, request }) => {
  await page.goto('/action');
  const call = await captureActionRequest(page, () => page.getByRole('checkbox', { name: 'Compare the network tab' }).check());
  await expect(page.getByRole('checkbox', { name: 'Compare the network tab' })).toBeChecked();
  const before = await todos(request);
  for (const args of ['[999,true]', '["1; drop table",true]', '[3,"yes"]']) {
    const response = await request.post(call.url, { headers: call.headers, data: Buffer.from(args) });
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/"ok":false/);
  }
  expect(await todos(request)).toEqual(before);
});

test('visitor toggles and deletes through the Route Handler', async ({ page, request }) => {
  await page.goto('/handler');
  const box = page.getByRole('checkbox', { name: 'Write tests' });
  await box.check();
  await expect(box).toBeChecked();
  await expect.poll(async () => (await todos(request)).find((t) => t.id === 4)?.done).toBe(true);
  await page.getByRole('button', { name: 'Delete “Write tests”' }).click();
  await expect(page.getByRole('checkbox', { name: 'Write tests' })).toHaveCount(0);
  await expect.poll(async () => (await todos(request)).some((t) => t.id === 4)).toBe(false);
});

test('HTTP client gets 400 or 404 for bad input and nothing changes', async ({ request }) => {
  const before = await todos(request);
  const json = { 'Content-Type': 'application/json' };
  const cases = [
    { res: await request.patch('/api/todos/1', { headers: json, data: Buffer.from('{done') }), status: 400, code: 'invalid_json' },
    { res: await request.patch('/api/todos/1', { data: { done: 'yes' } }), status: 400, code: 'invalid' },
    { res: await request.patch('/api/todos/1', { data: {} }), status: 400, code: 'invalid' },
    { res: await request.patch('/api/todos/1', { data: { done: true, title: 'sneaky' } }), status: 400, code: 'invalid' },
    { res: await request.patch('/api/todos/abc', { data: { done: true } }), status: 400, code: 'invalid' },
    { res: await request.patch('/api/todos/999', { data: { done: true } }), status: 404, code: 'not_found' },
    { res: await request.delete('/api/todos/999'), status: 404, code: 'not_found' },
    { res: await request.delete('/api/todos/-1'), status: 400, code: 'invalid' },
  ];
  for (const [i, c] of cases.entries()) {
    expect(c.res.status(), `case ${i}`).toBe(c.status);
    expect((await c.res.json()).error.code, `case ${i}`).toBe(c.code);
  }
  expect(await todos(request)).toEqual(before);
});

test('HTTP client toggles with PATCH and deletes with 204', async ({ request }) => {
  const patched = await request.patch('/api/todos/1', { data: { done: false } });
  expect(patched.status()).toBe(200);
  expect((await patched.json()).todo).toMatchObject({ id: 1, done: false });
  expect((await request.delete('/api/todos/1')).status()).toBe(204);
  expect((await request.delete('/api/todos/1')).status()).toBe(404);
});
