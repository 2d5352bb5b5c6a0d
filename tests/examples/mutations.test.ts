import { randomBytes } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { flood } from './attack';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, nextBuild, startNext, test, withServer } from './fixture';

import { expectCheckPageOff, failedChecks } from './check-page';
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

test('the check page, with course tools on, reports every check passed', async ({ page, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});

test.describe('after a deploy', () => {
  // Each build derives new action IDs (unless NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is fixed at build time), so a tab
  // opened before a deploy calls IDs the new server never made. These tests play that tab: a real call, with its ID
  // swapped for one this build does not have (same length and first byte, as another build's ID would be).
  const idFromAnotherBuild = (id: string) => `${id.slice(0, 2)}${'0'.repeat(id.length - 2)}`;
  const major = (version: string) => Number(version.split('.')[0]);

  test('an action call with an ID from an older build is refused before any action runs: 404 on Next 15, 409 on Next 16', async ({ page, request, app }) => {
    const [target] = await todos(request);
    await page.goto('/action');
    const call = await captureActionRequest(page, () => page.getByRole('checkbox', { name: target!.title }).setChecked(!target!.done));
    await expect.poll(async () => (await todos(request)).find((t) => t.id === target!.id)?.done).toBe(!target!.done);
    const before = await todos(request);
    const staleId = idFromAnotherBuild(call.headers['next-action']!);
    const response = await request.post(call.url, { headers: { ...call.headers, 'next-action': staleId }, data: call.body ?? Buffer.from('[]') });
    const next16 = major(app.nextVersion) >= 16;
    expect(response.status()).toBe(next16 ? 409 : 404);
    expect(await response.text()).toBe(next16 ? 'Server Action unavailable.' : 'Server action not found.');
    expect(response.headers()['content-type']).toBe('text/plain');
    // The marker the client router (and a host's edge) reads to tell "unknown action" from any other failure.
    expect(response.headers()['x-nextjs-action-not-found']).toBe('1');
    // The server logs a warning that names the ID and the likely cause.
    await expect
      .poll(() => app.output())
      .toContain(`Failed to find Server Action "${staleId}". This request might be from an older or newer deployment.`);
    // Next 16 tells an ID that cannot be one (not 42 characters) from an unknown one.
    const malformed = await request.post(call.url, { headers: { ...call.headers, 'next-action': 'not-an-id' }, data: call.body ?? Buffer.from('[]') });
    expect(malformed.status()).toBe(next16 ? 400 : 404);
    expect(await malformed.text()).toBe(next16 ? 'Invalid Server Action request.' : 'Server action not found.');
    expect(await todos(request)).toEqual(before);
  });

  test('a form posted without JavaScript with an action ID from an older build gets a 500 page on Next 15 and a plain 409 on Next 16', async ({ request, app }) => {
    const before = await todos(request);
    const staleId = `40${'0'.repeat(40)}`;
    const response = await request.post('/action', { multipart: { [`$ACTION_ID_${staleId}`]: '', title: 'from an old page' } });
    if (major(app.nextVersion) >= 16) {
      expect(response.status()).toBe(409);
      expect(await response.text()).toBe('Server Action unavailable.');
      await expect.poll(() => app.output()).toContain(`Failed to find Server Action "${staleId}". This request might be from an older or newer deployment.`);
    } else {
      expect(response.status()).toBe(500);
      expect(await response.text()).toContain('<title data-next-head="">500: Internal Server Error</title>');
      await expect.poll(() => app.output()).toContain('Error: Failed to find Server Action. This request might be from an older or newer deployment.');
    }
    expect(await todos(request)).toEqual(before);
  });

  test('a visitor whose tab predates the deploy gets a full page load on the next link click, which brings the new build', async ({ page, app }) => {
    // Navigation answers carry the ID of the build that made them. Pretend the server now runs another build.
    const buildId = readFileSync(join(app.dir, '.next/BUILD_ID'), 'utf8').trim();
    const newer = 'n'.repeat(buildId.length);
    // Set before the page loads, so link prefetches see the newer build too.
    await page.route('**/*', async (route) => {
      if (!route.request().headers()['rsc']) return route.continue();
      try {
        const response = await route.fetch();
        const headers = Object.fromEntries(Object.entries(response.headers()).map(([k, v]) => [k, v.replaceAll(buildId, newer)]));
        await route.fulfill({ response, headers, body: (await response.text()).replaceAll(buildId, newer) });
      } catch {
        // The page loaded another document meanwhile (the full page load this test expects) and dropped the request.
      }
    });
    await page.goto('/action');
    const documents: string[] = [];
    page.on('request', (r) => (r.resourceType() === 'document' ? documents.push(new URL(r.url()).pathname) : undefined));
    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { name: 'Toggle and delete, two ways' })).toBeVisible();
    // Not a client-side render of the answer: the browser loaded the page from scratch.
    expect(documents).toEqual(['/']);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('a second instance of the same build accepts the same action IDs but keeps its own in-memory to-dos', async ({ page, request, app }) => {
    // Scaling out without a rebuild: one more `next start` of this very build, as a second server behind a load balancer.
    const second = await startNext(app.dir);
    try {
      const [target] = await todos(request);
      await page.goto('/action');
      const call = await captureActionRequest(page, () => page.getByRole('checkbox', { name: target!.title }).setChecked(!target!.done));
      await expect.poll(async () => (await todos(request)).find((t) => t.id === target!.id)?.done).toBe(!target!.done);
      // Same build, same IDs: the call made on the first instance runs on the second.
      const replayed = await request.post(new URL('/action', second.url).href, { headers: call.headers, data: call.body! });
      expect(replayed.status()).toBe(200);
      expect(await replayed.text()).toMatch(/"ok":true/);
      // But each process has its own memory: a delete on the second instance never reaches the first.
      expect((await request.delete(new URL(`/api/todos/${target!.id}`, second.url).href)).status()).toBe(204);
      expect((await (await request.get(new URL('/api/todos', second.url).href)).json()).todos.some((t: Todo) => t.id === target!.id)).toBe(false);
      expect((await todos(request)).some((t) => t.id === target!.id)).toBe(true);
    } finally {
      second.stop();
    }
  });

  test('builds with the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY in the same folder make the same action IDs; another key or another folder makes others', async ({ app }) => {
    // Instances that each build on start: copies of the source, each built from scratch (no cache to share a key).
    test.setTimeout(600_000);
    const copies = join(app.dir, '.key-builds');
    // Not copied: installs (a copy resolves them from the app's folder above it), builds, the lockfile (so Next 16
    // takes the app's folder as the project root) and the course's own folders.
    const skipped = new Set(['node_modules', '.next', '.key-builds', 'package-lock.json', 'challenges', 'next16']);
    const build = (folder: string, key: string) => {
      const dir = join(copies, folder);
      // Entry by entry: the copies live inside the app's folder, and a folder cannot be copied into itself.
      for (const entry of readdirSync(app.dir).filter((name) => !skipped.has(name) && !name.endsWith('.tsbuildinfo'))) {
        cpSync(join(app.dir, entry), join(dir, entry), { recursive: true });
      }
      nextBuild(dir, { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key });
      return Object.keys(JSON.parse(readFileSync(join(dir, '.next/server/server-reference-manifest.json'), 'utf8')).node).sort();
    };
    const key = randomBytes(32).toString('base64');
    const none = (a: string[], b: string[]) => a.filter((id) => b.includes(id));
    try {
      const first = build('app', key);
      expect(first.length).toBeGreaterThan(0);
      // Same key, same code, same folder: the same IDs, so any instance can answer a page another one rendered.
      expect(build('app', key)).toEqual(first);
      // A new key: not one ID in common.
      expect(none(build('app', randomBytes(32).toString('base64')), first)).toEqual([]);
      // The same key in another folder: the file's path is hashed too, so not one ID in common either.
      expect(none(build('elsewhere', key), first)).toEqual([]);
    } finally {
      rmSync(copies, { recursive: true, force: true });
    }
  });

  test('when a proxy in front refuses a body with 413, the action page falls to the error page and the handler page shows a message', async ({ page, request }) => {
    // A host or reverse proxy with a smaller body cap than the app answers before Next.js sees the request, with
    // its own HTML page (this is nginx's).
    const proxy413 = { status: 413, contentType: 'text/html', body: '<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>' };
    const [target] = await todos(request);
    const thrown: string[] = [];
    page.on('pageerror', (error) => thrown.push(error.message));

    await page.goto('/handler');
    await page.route(/\/api\/todos\/\d+$/, (route) => route.fulfill(proxy413));
    await page.getByRole('checkbox', { name: target!.title }).click();
    // The handler's client reads a status and keeps going: the box goes back and the page says so.
    await expect(page.getByRole('status')).toHaveText('The change was not saved.');
    await expect(page.getByRole('checkbox', { name: target!.title })).toBeChecked({ checked: target!.done });

    await page.goto('/action');
    await page.route('**/action', (route) => (route.request().method() === 'POST' ? route.fulfill(proxy413) : route.continue()));
    await page.getByRole('checkbox', { name: target!.title }).click();
    // An action call expects a Flight answer; anything else makes it throw, and no error.tsx catches it here.
    await expect.poll(() => thrown).toContain('An unexpected response was received from the server.');
    await expect(page.getByRole('heading', { name: /This page couldn’t load|Application error: a client-side exception/ })).toBeVisible();
    expect((await todos(request)).find((t) => t.id === target!.id)?.done).toBe(target!.done);
  });

  test('a visitor whose tab predates the deploy sees the built-in error page, and after a reload the same click works', async ({ page, request, app }) => {
    const [target] = await todos(request);
    await page.goto('/action');
    // Until the reload, the tab runs the old build: every action call carries an ID this server does not have.
    let ownId = '';
    await page.route('**/action', async (route) => {
      const headers = route.request().headers();
      if (route.request().method() !== 'POST' || !headers['next-action']) return route.continue();
      ownId = headers['next-action'];
      await route.continue({ headers: { ...headers, 'next-action': idFromAnotherBuild(ownId) } });
    });
    const thrown: string[] = [];
    page.on('pageerror', (error) => thrown.push(error.message));
    await page.getByRole('checkbox', { name: target!.title }).click();

    // No error.tsx in the app: the whole page is replaced by Next's own error page.
    if (major(app.nextVersion) >= 16) {
      await expect(page.getByRole('heading', { name: 'This page couldn’t load' })).toBeVisible();
      await expect(page.getByText('Reload to try again, or go back.')).toBeVisible();
    } else {
      await expect(page.getByRole('heading', { name: /^Application error: a client-side exception has occurred while loading / })).toBeVisible();
    }
    await expect.poll(() => thrown).toContainEqual(expect.stringContaining(`Server Action "${ownId}" was not found on the server.`));
    expect((await todos(request)).find((t) => t.id === target!.id)?.done).toBe(target!.done);

    // A reload loads the current build, whose IDs the server knows.
    await page.unroute('**/action');
    if (major(app.nextVersion) >= 16) await page.getByRole('button', { name: 'Reload' }).click();
    else await page.reload();
    const box = page.getByRole('checkbox', { name: target!.title });
    await box.setChecked(!target!.done);
    await expect(box).toBeChecked({ checked: !target!.done });
    await expect.poll(async () => (await todos(request)).find((t) => t.id === target!.id)?.done).toBe(!target!.done);
  });
});
