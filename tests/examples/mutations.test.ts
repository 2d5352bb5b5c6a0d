import { flood } from './attack';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, test } from './fixture';

import { failedChecks } from './check-page';
import { checks } from '../../examples/mutations/lib/checks';

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

test('a forged action call cannot pass true, [2], "0x3" or "4e0" as an id', async ({ page, request }) => {
  await page.goto('/action');
  const call = await captureActionRequest(page, () => page.getByRole('checkbox', { name: 'Write tests' }).check());
  await expect(page.getByRole('checkbox', { name: 'Write tests' })).toBeChecked();
  await expect.poll(async () => (await todos(request)).find((t) => t.id === 4)?.done).toBe(true);
  const before = await todos(request);
  // Each id below coerces to an existing to-do (1, 2, 3, 4) with Number(); each call would flip it.
  for (const args of ['[true,false]', '[[2],false]', '["0x3",false]', '["4e0",false]', '["4",false]', '[null,false]', '[{},false]']) {
    const response = await request.post(call.url, { headers: call.headers, data: Buffer.from(args) });
    expect(response.status(), args).toBe(200);
    expect(await response.text(), args).toMatch(/"ok":false/);
  }
  // A root that is no argument list fails inside Next.js before the action runs: a 500 the app cannot turn into state.
  for (const root of ['"x"', '5']) {
    expect((await request.post(call.url, { headers: call.headers, data: Buffer.from(root) })).status(), root).toBe(500);
  }
  expect(await todos(request)).toEqual(before);
});

test('an id in the URL must be plain digits: 0x2, 2e0, 02 and " 2" are refused', async ({ request }) => {
  const before = await todos(request);
  const target = before.find((t) => t.id === 2)!;
  for (const id of ['0x2', '2e0', '02', '%202', '2.0', '+2']) {
    const response = await request.patch(`/api/todos/${id}`, { data: { done: !target.done } });
    expect(response.status(), id).toBe(400);
    expect((await response.json()).error.code, id).toBe('invalid');
  }
  for (const id of ['0x2', '2e0']) expect((await request.delete(`/api/todos/${id}`)).status(), id).toBe(400);
  expect(await todos(request)).toEqual(before);
});

test('a cross-site text/plain PATCH is refused with 415, not parsed as JSON', async ({ request }) => {
  const before = await todos(request);
  const response = await request.patch('/api/todos/2', { headers: { 'Content-Type': 'text/plain' }, data: '{"done":false}' });
  expect(response.status()).toBe(415);
  expect((await response.json()).error.code).toBe('unsupported_media_type');
  expect(await todos(request)).toEqual(before);
});

test('an attacker cannot make the handler hold an endless or huge body', async ({ app }) => {
  const json = { 'Content-Type': 'application/json' };
  const endless = await flood(app.url, '/api/todos/2', { method: 'PATCH', headers: { ...json, 'Transfer-Encoding': 'chunked' } });
  expect(endless.status, endless.text).toBe(413);
  expect(endless.sentEverything).toBe(false);
  const declared = await flood(app.url, '/api/todos/2', { method: 'PATCH', headers: json, declare: 300 * 1024 * 1024, upTo: 64 * 1024 });
  expect(declared.status, declared.text).toBe(413);
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

test('the check page reports every check passed', async ({ page, app }) => {
  expect(await failedChecks(page, app.url, checks)).toEqual([]);
});
