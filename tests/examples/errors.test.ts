import { actionForm, fieldPrefix, sendActionForm } from './action-form';
import { flood } from './attack';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, test, withTwoInstances, withServer } from './fixture';

import { expectCheckPageOff, failedChecks } from './check-page';
import { checks } from '../../examples/errors/lib/checks';

test.use({ exampleId: 'errors' });

type Api = import('@playwright/test').APIRequestContext;
const projects = async (request: Api) => (await (await request.get('/api/projects')).json()).projects;
const internal = 'db-7.internal';
// "Apollo" → "Ａｐｏｌｌｏ": the fullwidth forms look alike and NFKC maps them back to ASCII.
const fullwidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

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

test('a fullwidth lookalike of a taken name is refused as taken on both sides', async ({ page, request }) => {
  const before: { id: string; name: string }[] = await projects(request);
  const [first, second] = [before[0]!, before[1]!];
  const response = await request.patch(`/api/projects/${second.id}`, { data: { name: fullwidth(first.name) } });
  expect(response.status()).toBe(409);
  expect((await response.json()).error.code).toBe('name_taken');

  await page.goto('/action');
  const form = page.getByRole('form', { name: `Rename ${first.name}` });
  await form.getByLabel('New name').fill(fullwidth(second.name.toUpperCase()));
  await form.getByRole('button', { name: 'Rename' }).click();
  await expect(form.getByRole('status')).toHaveText(/^Another project is already called/);
  expect(await projects(request)).toEqual(before);
});

test('an attacker cannot take a look-alike of a name by swapping in a letter from another alphabet', async ({ page, request }) => {
  const before: { id: string; name: string }[] = await projects(request);
  const [first, second] = [before[0]!, before[1]!];
  // "Gemini" with a Cyrillic е (U+0435): NFKC keeps it, so only the one-alphabet rule tells the two apart.
  const lookalike = second.name.replace('e', '\u0435');
  expect(lookalike).not.toBe(second.name);
  const response = await request.patch(`/api/projects/${first.id}`, { data: { name: lookalike } });
  expect(response.status()).toBe(422);
  expect((await response.json()).error.fieldErrors.name).toEqual(['Use one alphabet: this name mixes Latin and Cyrillic.']);

  await page.goto('/action');
  const form = page.getByRole('form', { name: `Rename ${first.name}` });
  await form.getByLabel('New name').fill(lookalike);
  await form.getByRole('button', { name: 'Rename' }).click();
  await expect(form.getByText('Use one alphabet: this name mixes Latin and Cyrillic.')).toBeVisible();
  expect(await projects(request)).toEqual(before);

  // Names in one alphabet, and the Han-based mixes that Japanese uses, are fine.
  for (const name of ['Москва', 'Zürich Ops', '東京プロジェクト 2', 'हिंदी टीम']) {
    const renamed = await request.patch(`/api/projects/${first.id}`, { data: { name } });
    expect(renamed.status(), name).toBe(200);
  }
  expect((await request.patch(`/api/projects/${first.id}`, { data: { name: first.name } })).status()).toBe(200);
});

test('an unsupported method gets a 405 in the one error shape, with an Allow header', async ({ request }) => {
  const cases = [
    { res: await request.delete('/api/projects/p1'), allow: 'OPTIONS, PATCH' },
    { res: await request.get('/api/projects/p1'), allow: 'OPTIONS, PATCH' },
    { res: await request.post('/api/projects/p1', { data: { name: 'Orion' } }), allow: 'OPTIONS, PATCH' },
    { res: await request.post('/api/projects', { data: { name: 'Orion' } }), allow: 'GET, HEAD, OPTIONS' },
  ];
  for (const [i, c] of cases.entries()) {
    expect(c.res.status(), `case ${i}`).toBe(405);
    expect(c.res.headers().allow, `case ${i}`).toBe(c.allow);
    const { error } = await c.res.json();
    expect(error.code, `case ${i}`).toBe('method_not_allowed');
    expect(error.message, `case ${i}`).toContain(c.allow.includes('PATCH') ? 'PATCH' : 'GET');
  }
  const options = await request.fetch('/api/projects/p1', { method: 'OPTIONS' });
  expect(options.status()).toBe(204);
  expect(options.headers().allow).toBe('OPTIONS, PATCH');
});

test('unknown keys or a body that is not an object get an error that says why', async ({ request }) => {
  const before = await projects(request);
  const cases = [
    { data: { name: 'Fine', role: 'admin' }, says: /role/ },
    { data: [{ name: 'Fine' }], says: /JSON object/ },
    { data: 'Fine', says: /JSON object/ },
    { data: null, says: /JSON object/ },
  ];
  for (const c of cases) {
    const response = await request.patch('/api/projects/p2', { headers: { 'Content-Type': 'application/json' }, data: Buffer.from(JSON.stringify(c.data)) });
    expect(response.status(), JSON.stringify(c.data)).toBe(422);
    const { error } = await response.json();
    expect(error.code).toBe('validation_failed');
    expect(error.message, JSON.stringify(c.data)).toMatch(c.says);
    expect(error.formErrors.join(' '), JSON.stringify(c.data)).toMatch(c.says);
  }
  expect(await projects(request)).toEqual(before);
});

test('a cross-site text/plain PATCH is refused with 415, not parsed as JSON', async ({ request }) => {
  const before = await projects(request);
  const response = await request.patch('/api/projects/p2', { headers: { 'Content-Type': 'text/plain' }, data: JSON.stringify({ name: 'Plain' }) });
  expect(response.status()).toBe(415);
  expect((await response.json()).error.code).toBe('unsupported_media_type');
  expect(await projects(request)).toEqual(before);
});

test('an attacker cannot make the handler hold an endless or huge body', async ({ app }) => {
  const json = { 'Content-Type': 'application/json' };
  const endless = await flood(app.url, '/api/projects/p2', { method: 'PATCH', headers: { ...json, 'Transfer-Encoding': 'chunked' } });
  expect(endless.status, endless.text).toBe(413);
  expect(endless.sentEverything).toBe(false);
  const declared = await flood(app.url, '/api/projects/p2', { method: 'PATCH', headers: json, declare: 300 * 1024 * 1024, upTo: 64 * 1024 });
  expect(declared.status, declared.text).toBe(413);
});

test('a File sent where the action expects the name is refused, not stored as "[object File]"', async ({ page, request }) => {
  await page.goto('/action');
  const form = page.getByRole('form', { name: /^Rename / }).last();
  const call = await captureActionRequest(page, () => form.getByRole('button', { name: 'Rename' }).click());
  await expect(form.getByRole('status')).not.toBeEmpty();
  const before = await projects(request);
  const fields = await actionForm(call);
  fields.set(`${fieldPrefix(fields)}name`, new File(['Orion'], 'name.txt', { type: 'text/plain' }));
  const response = await sendActionForm(request, call, fields);
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain('Name must be text.');
  expect(text).not.toContain('[object File]');
  expect(await projects(request)).toEqual(before);
});

test('a forged argument root makes the action return an error instead of a 500', async ({ page, request }) => {
  await page.goto('/action');
  const form = page.getByRole('form', { name: /^Rename / }).last();
  const call = await captureActionRequest(page, () => form.getByRole('button', { name: 'Rename' }).click());
  await expect(form.getByRole('status')).not.toBeEmpty();
  const before = await projects(request);
  const fields = await actionForm(call);
  // A real call's root is ["p2",{"status":"idle"},"$K1"]: the bound id, the previous state, the form's fields.
  for (const root of ['[null,"x"]', '["p2",{"status":"idle"},"x"]', '[{"id":"p2"},{"status":"idle"},"$K1"]', '[]']) {
    fields.set('0', root);
    const response = await sendActionForm(request, call, fields);
    expect(response.status(), root).toBe(200);
    expect(await response.text(), root).toContain('The form could not be read.');
  }
  expect(await projects(request)).toEqual(before);
});

test('the check page, with course tools on, reports every check passed', async ({ page, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});

test('two instances renaming two projects to one name at the same moment: one wins, the other gets 409', async ({ app }) => {
  await withTwoInstances(app, async ([one, two]) => {
    const rename = (server: { url: string }, id: string, name: string) =>
      fetch(`${server.url}/api/projects/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) });
    const [a, b] = await Promise.all([rename(one, 'p1', 'Zephyr'), rename(two, 'p2', 'ZEPHYR')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect((await loser.json()).error).toMatchObject({ code: 'name_taken', fieldErrors: { name: [expect.stringContaining('already called')] } });
    for (const server of [one, two]) {
      const names = ((await (await fetch(`${server.url}/api/projects`)).json()).projects as { name: string }[]).map((p) => p.name.toLowerCase());
      expect(names.filter((n) => n === 'zephyr'), server.url).toHaveLength(1);
    }
  });
});
