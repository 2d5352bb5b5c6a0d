import { stackblitzBuildTest } from './builds-like-stackblitz';
import { actionForm, fieldPrefix, sendActionForm } from './action-form';
import { flood } from './attack';
import { captureActionRequest, expect, test } from './fixture';

test.use({ exampleId: 'serialization' });

type Api = import('@playwright/test').APIRequestContext;

// Values that only lib/documents.ts holds: internal row ids and staff-only notes. None may reach a browser.
const internalValues = ['row_7f3c9e21', '7f3c9e21', 'row_5b81d4a0', 'row_c2e9a713', 'Legal hold', 'Venue deposit', 'Board only', 'internalNote', 'rowId'];

const sharedWith = async (request: Api, id: string): Promise<string[]> => (await (await request.get(`/api/documents/${id}`)).json()).document.sharedWith;

/**
 * The page's RSC payload as the HTML carries it (`self.__next_f.push([1,"…"])` scripts), split into rows. Read from
 * the HTML because Next 16 empties `self.__next_f` once it has read it.
 */
function payloadRows(html: string): Map<string, string> {
  let text = '';
  for (const script of html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)) text += JSON.parse(script[1]!) as string;
  const rows = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  return rows;
}

/** For each server reference in the payload, its bound arguments row (and the row a "$@n" inside it points at). */
function boundArguments(rows: Map<string, string>): { bound: string; resolved?: string }[] {
  const found: { bound: string; resolved?: string }[] = [];
  for (const row of rows.values()) {
    const reference = /^\{"id":"[0-9a-f]+","bound":"\$@([0-9a-f]+)"\}$/.exec(row);
    if (!reference) continue;
    const bound = rows.get(reference[1]!)!;
    const inner = /^\["\$@([0-9a-f]+)"\]$/.exec(bound);
    found.push({ bound, resolved: inner ? rows.get(inner[1]!) : undefined });
  }
  return found;
}

stackblitzBuildTest();

test('visitor shares a document with the Server Action and sees the returned message', async ({ page }) => {
  await page.goto('/action');
  const plan = page.getByRole('region', { name: 'Q3 plan' });
  await plan.getByRole('button', { name: 'Stop sharing Q3 plan' }).click();
  await expect(plan.getByText('Shared with: nobody')).toBeVisible();

  await page.getByLabel('Share Q3 plan with').fill('Grace');
  await plan.getByRole('button', { name: 'Share Q3 plan', exact: true }).click();
  await expect(plan.getByRole('status')).toHaveText('Shared Q3 plan with grace.');
  // The returned JSX renders as elements, not as text.
  await expect(plan.getByRole('status').locator('strong')).toHaveText('Q3 plan');
  await expect(plan.getByText('Shared with: grace')).toBeVisible();

  await page.getByLabel('Share Q3 plan with').fill('mallory');
  await plan.getByRole('button', { name: 'Share Q3 plan', exact: true }).click();
  await expect(plan.getByRole('status')).toHaveText('Share with one of: ada, bob, grace, linus.');
  await page.getByLabel('Share Q3 plan with').fill('ada');
  await plan.getByRole('button', { name: 'Share Q3 plan', exact: true }).click();
  await expect(plan.getByRole('status')).toHaveText('You own this document already.');

  await plan.getByRole('button', { name: 'Stop sharing Q3 plan' }).click();
  await expect(plan.getByText('Shared with: nobody')).toBeVisible();
});

test('visitor sees what the page holds for each action: the bound id in plain text, the closure encrypted', async ({ page }) => {
  await page.goto('/action');
  await page.getByRole('button', { name: 'Show the action rows of the page payload' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'rows describe Server Actions' })).toHaveText(/^\d+ rows describe Server Actions\.$/);
  const rows = page.getByLabel('Action rows of the page payload');
  await expect(rows).toContainText('["doc_q3_plan"]');
  await expect(rows).toContainText('["doc_offsite"]');
  await expect(rows).toContainText(/"[A-Za-z0-9+/]{60,}={0,2}"/);
  await expect(rows).not.toContainText('7f3c9e21');
});

test('visitor shares a document through the Route Handler page and sees the JSON it answered', async ({ page }) => {
  await page.goto('/handler');
  const offsite = page.getByRole('region', { name: 'Offsite agenda' });
  await page.getByLabel('Share Offsite agenda with').fill('linus');
  await offsite.getByRole('button', { name: 'Share Offsite agenda' }).click();
  await expect(offsite.getByRole('status')).toHaveText('Shared Offsite agenda with linus.');
  await expect(offsite.getByText(/^Shared with: .*linus/)).toBeVisible();
  const last = page.getByLabel('The last response');
  await expect(last).toContainText('POST /api/documents/doc_offsite/shares → 200');
  await expect(last).toContainText('"title":"Offsite agenda"');

  await page.getByLabel('Share Offsite agenda with').fill('nobody-here');
  await offsite.getByRole('button', { name: 'Share Offsite agenda' }).click();
  await expect(offsite.getByRole('status')).toHaveText('Share with one of: ada, bob, grace, linus.');
  await expect(last).toContainText('→ 422');
});

test('HTTP client gets the right status for each outcome', async ({ request }) => {
  const list = await request.get('/api/documents');
  expect(list.status()).toBe(200);
  expect(((await list.json()).documents as { id: string }[]).map((d) => d.id)).toEqual(['doc_q3_plan', 'doc_offsite']);
  expect((await request.get('/api/documents/doc_q3_plan')).status()).toBe(200);
  expect((await request.get('/api/documents/doc_nothing')).status()).toBe(404);

  const shares = '/api/documents/doc_q3_plan/shares';
  const json = { 'Content-Type': 'application/json' };
  const cases: [number, string, import('@playwright/test').APIResponse][] = [
    [400, 'invalid_json', await request.post(shares, { headers: json, data: Buffer.from('{"username":') })],
    [422, 'validation_failed', await request.post(shares, { data: { username: 'mallory' } })],
    [422, 'validation_failed', await request.post(shares, { data: { username: 5 } })],
    [422, 'validation_failed', await request.post(shares, { data: { username: ['grace'] } })],
    [422, 'validation_failed', await request.post(shares, { data: { username: 'grace', role: 'owner' } })],
    [422, 'validation_failed', await request.post(shares, { data: [] })],
    [404, 'not_found', await request.post('/api/documents/doc_nothing/shares', { data: { username: 'grace' } })],
  ];
  for (const [status, code, response] of cases) {
    expect(response.status(), code).toBe(status);
    expect((await response.json()).error.code, code).toBe(code);
  }
  const ok = await request.post(shares, { data: { username: 'bob' } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).document.sharedWith).toContain('bob');
});

test('a shared cache between the user and the app is told to keep no copy of her documents', async ({ request }) => {
  // A CDN or a company proxy that kept one user's answer would hand it to the next caller of the same URL.
  for (const path of ['/api/documents', '/api/documents/doc_q3_plan', '/api/documents/doc_nothing']) {
    const cacheControl = (await request.get(path)).headers()['cache-control'] ?? '';
    expect(cacheControl, path).toMatch(/\bprivate\b/);
    expect(cacheControl, path).toMatch(/\bno-store\b/);
  }
});

test("the share action's return value arrives as Flight-encoded React elements", async ({ page, request }) => {
  await page.goto('/action');
  await page.getByLabel('Share Offsite agenda with').fill('grace');
  const call = await captureActionRequest(page, () => page.getByRole('region', { name: 'Offsite agenda' }).getByRole('button', { name: 'Share Offsite agenda', exact: true }).click());
  await expect(page.getByRole('region', { name: 'Offsite agenda' }).getByRole('status')).toHaveText('Shared Offsite agenda with grace.');
  const replay = await request.post(call.url, { headers: call.headers, data: call.body! });
  expect(replay.headers()['content-type']).toContain('text/x-component');
  // The fragment <>Shared <strong>…</strong> with …</> becomes an array, and the element a ["$", type, key, props] tuple.
  expect(await replay.text()).toContain('"message":["Shared ",["$","strong",null,{"children":"Offsite agenda"}]," with ","grace","."]');
});

test.describe('attacks', () => {
  test('reading the page shows the bound id in plain text but never the closed-over row id', async ({ page, request }) => {
    // Everything a browser receives: the HTML (which also works without JavaScript), the scripts and the RSC payload.
    const pending: Promise<string>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (/javascript|html|json|x-component/.test(type)) pending.push(response.text().catch(() => ''));
    });
    await page.goto('/');
    await page.getByRole('link', { name: 'With Server Actions' }).click();
    await expect(page.getByRole('heading', { name: 'Share documents with Server Actions' })).toBeVisible();
    const html = await (await page.goto('/action'))!.text();
    const rows = payloadRows(html);
    expect(rows.size).toBeGreaterThan(10);
    const seen = [...(await Promise.all(pending)), html, await (await request.get('/action')).text()];
    for (const body of seen) for (const value of internalValues) expect(body).not.toContain(value);

    // The bound ids are there as they are, in the payload and in the no-JavaScript form's hidden fields.
    const bound = boundArguments(rows);
    expect(bound.map((b) => b.bound)).toEqual(expect.arrayContaining(['["doc_q3_plan"]', '["doc_offsite"]']));
    expect(await (await request.get('/action')).text()).toMatch(/value="\[&quot;doc_q3_plan&quot;,/);
    // The closures are one opaque encrypted string each.
    const closures = bound.filter((b) => b.resolved !== undefined);
    expect(closures).toHaveLength(2);
    for (const closure of closures) expect(closure.resolved).toMatch(/^"[A-Za-z0-9+/]{60,}={0,2}"$/);
  });

  test('an attacker who changes the bound id in a forged request cannot share a document that is not theirs', async ({ page, request }) => {
    await page.goto('/action');
    await page.getByLabel('Share Q3 plan with').fill('linus');
    const call = await captureActionRequest(page, () => page.getByRole('region', { name: 'Q3 plan' }).getByRole('button', { name: 'Share Q3 plan', exact: true }).click());
    await expect(page.getByRole('region', { name: 'Q3 plan' }).getByRole('status')).toHaveText('Shared Q3 plan with linus.');

    const form = await actionForm(call);
    const args = JSON.parse(form.get('0') as string) as unknown[];
    // The first argument is the id the page bound. Nothing signs it: the attacker writes Bob's document there.
    expect(args[0]).toBe('doc_q3_plan');
    form.set('0', JSON.stringify(['doc_salaries', ...args.slice(1)]));
    form.set(`${fieldPrefix(form)}username`, 'mallory');
    const forged = await sendActionForm(request, call, form);
    expect(forged.status()).toBe(200);
    const text = await forged.text();
    // The action received the forged id (the message names it) and refused it after checking the owner.
    expect(text).toContain('You have no document with the id \\"doc_salaries\\".');
    expect(text).not.toContain('Shared');
    expect(text).not.toContain('Team salaries');
  });

  test('an attacker who forges the bound id as an object that cannot become text gets an error, not a 500', async ({ page, request }) => {
    await page.goto('/action');
    await page.getByLabel('Share Q3 plan with').fill('linus');
    const call = await captureActionRequest(page, () => page.getByRole('region', { name: 'Q3 plan' }).getByRole('button', { name: 'Share Q3 plan', exact: true }).click());
    await expect(page.getByRole('region', { name: 'Q3 plan' }).getByRole('status')).toHaveText('Shared Q3 plan with linus.');
    const before = await sharedWith(request, 'doc_q3_plan');

    // The argument list is JSON the caller writes, so the "id" can be any value it can encode: here an object whose
    // toString is not a function, which String() cannot turn into text. An error message that quotes the id must
    // not assume it got a string.
    const args = JSON.parse((await actionForm(call)).get('0') as string) as unknown[];
    for (const id of [{ toString: 1 }, { valueOf: 1, toString: 1 }, ['doc_q3_plan'], 42]) {
      const form = await actionForm(call);
      form.set('0', JSON.stringify([id, ...args.slice(1)]));
      const forged = await sendActionForm(request, call, form);
      expect(forged.status(), JSON.stringify(id)).toBe(200);
      expect(await forged.text(), JSON.stringify(id)).toContain('You have no document with that id.');
    }
    expect(await sharedWith(request, 'doc_q3_plan')).toEqual(before);
  });

  test('an attacker who alters the encrypted closure gets an error and nothing changes', async ({ page, request }) => {
    await page.goto('/action');
    const plan = page.getByRole('region', { name: 'Q3 plan' });
    const call = await captureActionRequest(page, () => plan.getByRole('button', { name: 'Stop sharing Q3 plan' }).click());
    await expect(plan.getByText('Shared with: nobody')).toBeVisible();
    await request.post('/api/documents/doc_q3_plan/shares', { data: { username: 'grace' } });

    const form = await actionForm(call);
    // The arguments are ["$@1", <the form>]: the bound value travels in field 1, as the page sent it.
    const args = JSON.parse(form.get('0') as string) as unknown[];
    const field = /^\$@(\d+)$/.exec(args[0] as string)![1]!;
    const sealed = JSON.parse(form.get(field) as string) as string;
    expect(sealed).toMatch(/^[A-Za-z0-9+/]{60,}={0,2}$/);
    // Flip one character in the middle of the ciphertext: the authenticated encryption no longer checks out.
    const middle = Math.floor(sealed.length / 2);
    const altered = `${sealed.slice(0, middle)}${sealed[middle] === 'A' ? 'B' : 'A'}${sealed.slice(middle + 1)}`;
    form.set(field, JSON.stringify(altered));
    const tampered = await sendActionForm(request, call, form);
    expect(tampered.status()).toBe(500);
    expect(await sharedWith(request, 'doc_q3_plan')).toEqual(['grace']);

    // Unaltered, the same sealed value works again: encryption hides the row id, it does not decide who may call.
    const replay = await request.post(call.url, { headers: call.headers, data: call.body! });
    expect(replay.status()).toBe(200);
    expect(await sharedWith(request, 'doc_q3_plan')).toEqual([]);
  });

  test('reading the internal note or row id through either side finds nothing', async ({ page, request }) => {
    const answers: string[] = [];
    for (const response of [
      await request.get('/api/documents'),
      await request.get('/api/documents/doc_q3_plan'),
      await request.post('/api/documents/doc_q3_plan/shares', { data: { username: 'bob' } }),
    ]) {
      const text = await response.text();
      answers.push(text);
      const body = JSON.parse(text) as { document?: object; documents?: object[] };
      for (const document of body.documents ?? [body.document!]) expect(Object.keys(document).sort()).toEqual(['id', 'sharedWith', 'title']);
    }
    await page.goto('/action');
    await page.getByLabel('Share Q3 plan with').fill('grace');
    const call = await captureActionRequest(page, () => page.getByRole('region', { name: 'Q3 plan' }).getByRole('button', { name: 'Share Q3 plan', exact: true }).click());
    await expect(page.getByRole('region', { name: 'Q3 plan' }).getByRole('status')).toHaveText('Shared Q3 plan with grace.');
    answers.push(await (await request.post(call.url, { headers: call.headers, data: call.body! })).text());
    answers.push(await (await request.get('/handler')).text());
    for (const text of answers) for (const value of internalValues) expect(text).not.toContain(value);
  });

  test("changing the id in the handler's URL cannot share a document that is not yours", async ({ request }) => {
    const forged = await request.post('/api/documents/doc_salaries/shares', { data: { username: 'mallory' } });
    expect(forged.status()).toBe(404);
    expect((await forged.json()).error.code).toBe('not_found');
    // Someone else's document answers exactly like one that does not exist.
    const theirs = await request.get('/api/documents/doc_salaries');
    const missing = await request.get('/api/documents/doc_nothing');
    expect([theirs.status(), missing.status()]).toEqual([404, 404]);
    expect((await theirs.json()).error.code).toBe((await missing.json()).error.code);
  });

  test('an attacker sending a File where the action expects text gets an error', async ({ page, request }) => {
    await page.goto('/action');
    await page.getByLabel('Share Q3 plan with').fill('bob');
    const call = await captureActionRequest(page, () => page.getByRole('region', { name: 'Q3 plan' }).getByRole('button', { name: 'Share Q3 plan', exact: true }).click());
    await expect(page.getByRole('region', { name: 'Q3 plan' }).getByRole('status')).toHaveText('Shared Q3 plan with bob.');
    const form = await actionForm(call);
    form.set(`${fieldPrefix(form)}username`, new File(['linus'], 'username.txt', { type: 'text/plain' }));
    const withFile = await sendActionForm(request, call, form);
    expect(withFile.status()).toBe(200);
    expect(await withFile.text()).toContain('Username must be text.');
  });

  test('a JSON body sent as text/plain is refused with 415', async ({ request }) => {
    const response = await request.post('/api/documents/doc_q3_plan/shares', {
      headers: { 'Content-Type': 'text/plain' },
      data: JSON.stringify({ username: 'linus' }),
    });
    expect(response.status()).toBe(415);
    expect((await response.json()).error.code).toBe('unsupported_media_type');
    expect(await sharedWith(request, 'doc_q3_plan')).not.toContain('linus');
  });

  test('an endless body is cut off with 413', async ({ app }) => {
    const answer = await flood(app.url, '/api/documents/doc_q3_plan/shares', { headers: { 'Content-Type': 'application/json' } });
    expect(answer.status, answer.text).toBe(413);
    expect(answer.sentEverything).toBe(false);
    const declared = await flood(app.url, '/api/documents/doc_q3_plan/shares', { headers: { 'Content-Type': 'application/json' }, upTo: 64 * 1024, declare: 10_000_000 });
    expect(declared.status, declared.text).toBe(413);
  });
});
