import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { actionForm, sendActionForm } from './action-form';
import { flood, rawRequest } from './attack';
import { captureActionRequest, expect, test, withTwoInstances, withServer } from './fixture';
import { expectCheckPageOff, failedChecks } from './check-page';
import { checks } from '../../examples/transfers/lib/checks';

test.use({ exampleId: 'transfers' });

type Api = import('@playwright/test').APIRequestContext;
const balances = async (request: Api) =>
  Object.fromEntries(((await (await request.get('/api/accounts')).json()).accounts as { id: string; balance: number }[]).map((a) => [a.id, a.balance]));

/** A new Idempotency-Key: one per transfer, as a client sends it. */
const fresh = () => ({ 'Idempotency-Key': randomUUID() });

/** The reader's steps on the open transfer page before pressing Transfer. */
async function fillTransfer(page: Page, from: string, to: string, amount: string) {
  await page.getByLabel('From').selectOption({ label: from });
  await page.getByLabel('To').selectOption({ label: to });
  await page.getByLabel('Amount').fill(amount);
}
const transferDone = /^Transfer trf_[0-9a-f-]{36} done\.$/;

stackblitzBuildTest();

test('HTTP client transfers money and both balances change together', async ({ request }) => {
  const before = await balances(request);
  const response = await request.post('/api/transfers', { headers: fresh(), data: { from: 'acc_alice', to: 'acc_carol', amount: 2500, reference: 'Lunch' } });
  expect(response.status()).toBe(201);
  const after = await balances(request);
  expect(after.acc_alice).toBe(before.acc_alice! - 2500);
  expect(after.acc_carol).toBe(before.acc_carol! + 2500);
});

test('each business error gets its own status and no balance changes', async ({ request }) => {
  const before = await balances(request);
  const json = { 'Content-Type': 'application/json' };
  const cases: [number, string, import('@playwright/test').APIResponse][] = [
    [400, 'invalid_json', await request.post('/api/transfers', { headers: json, data: Buffer.from('{"from":') })],
    [422, 'validation_failed', await request.post('/api/transfers', { headers: fresh(), data: { from: 'acc_alice', to: 'acc_alice', amount: 100 } })],
    [422, 'validation_failed', await request.post('/api/transfers', { headers: fresh(), data: { from: 'acc_alice', to: 'acc_bob', amount: -5 } })],
    [422, 'validation_failed', await request.post('/api/transfers', { headers: fresh(), data: { from: 'acc_alice', to: 'acc_bob', amount: 10.5 } })],
    [422, 'validation_failed', await request.post('/api/transfers', { headers: fresh(), data: { from: 'acc_alice', to: 'acc_bob', amount: '100' } })],
    [422, 'validation_failed', await request.post('/api/transfers', { headers: fresh(), data: { from: 'acc_alice', to: 'acc_bob' } })],
    [404, 'account_not_found', await request.post('/api/transfers', { headers: fresh(), data: { from: 'acc_alice', to: 'acc_mallory', amount: 100 } })],
    [409, 'insufficient_funds', await request.post('/api/transfers', { headers: fresh(), data: { from: 'acc_bob', to: 'acc_alice', amount: 99_999_9 } })],
  ];
  for (const [status, code, response] of cases) {
    expect(response.status(), code).toBe(status);
    expect((await response.json()).error.code, code).toBe(code);
  }
  expect(await balances(request)).toEqual(before);
});

test('visitor transfers with the Server Action and sees errors as returned state', async ({ page, request }) => {
  await page.goto('/action');
  const table = page.getByRole('table', { name: 'Balances' });
  await fillTransfer(page, 'Bob', 'Carol', '10.00');
  await page.getByRole('button', { name: 'Transfer' }).click();
  await expect(page.getByRole('status')).toHaveText(transferDone);
  await expect(table.getByRole('row', { name: /Bob/ })).toContainText('110.00');

  // React resets the form after a successful action, so choose both accounts again.
  const before = await balances(request);
  await fillTransfer(page, 'Bob', 'Carol', '5000');
  await page.getByRole('button', { name: 'Transfer' }).click();
  await expect(page.getByRole('status')).toHaveText('Bob has 110.00, less than 5000.00.');
  await expect(page.getByLabel('Amount')).toHaveValue('5000');
  await page.getByLabel('Amount').fill('abc');
  await page.getByRole('button', { name: 'Transfer' }).click();
  await expect(page.getByText('Amount must be a number.')).toBeVisible();
  await page.getByLabel('To').selectOption({ label: 'Bob' });
  await page.getByLabel('Amount').fill('1');
  await page.getByRole('button', { name: 'Transfer' }).click();
  await expect(page.getByText('Pick two different accounts.')).toBeVisible();
  expect(await balances(request)).toEqual(before);
});

test('visitor transfers through the Route Handler page and sees status-based messages', async ({ page }) => {
  await page.goto('/handler');
  await fillTransfer(page, 'Carol', 'Alice', '5000');
  await page.getByRole('button', { name: 'Transfer' }).click();
  await expect(page.getByRole('status')).toContainText('Not enough money in the account.');
  await fillTransfer(page, 'Alice', 'Carol', '1.50');
  await page.getByRole('button', { name: 'Transfer' }).click();
  await expect(page.getByRole('status')).toHaveText(transferDone);
});

test.describe('attacks', () => {
  test('a page on another site cannot move money with a text/plain post', async ({ page, app, request }) => {
    const before = await balances(request);
    // The same server under another name is another origin: this page plays the attacker's site.
    const attackerSite = app.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${attackerSite}/`);
    const sent = await page.evaluate(async (target) => {
      // A "simple request": no preflight, and a real bank's session cookie would ride along.
      await fetch(`${target}/api/transfers`, {
        method: 'POST',
        mode: 'no-cors',
        credentials: 'include',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ from: 'acc_alice', to: 'acc_carol', amount: 100 }),
      });
      return true;
    }, app.url);
    expect(sent).toBe(true);
    expect(await balances(request)).toEqual(before);
  });

  test('a JSON body sent as text/plain is refused with 415', async ({ request }) => {
    const response = await request.post('/api/transfers', {
      headers: { 'Content-Type': 'text/plain' },
      data: JSON.stringify({ from: 'acc_alice', to: 'acc_carol', amount: 100 }),
    });
    expect(response.status()).toBe(415);
    expect((await response.json()).error.code).toBe('unsupported_media_type');
  });

  test('a request from another origin is refused with 403, whatever its content type', async ({ request }) => {
    const before = await balances(request);
    for (const origin of ['https://evil.example', 'null']) {
      const response = await request.post('/api/transfers', { headers: { Origin: origin, ...fresh() }, data: { from: 'acc_alice', to: 'acc_carol', amount: 100 } });
      expect(response.status(), origin).toBe(403);
    }
    // A browser says where the request comes from in Sec-Fetch-Site, which no page can set: another site's page is
    // refused even when its request names the attacker's host everywhere else, or carries no Origin at all.
    for (const [site, extra] of [
      ['cross-site', { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example' }],
      ['cross-site', {}],
      ['same-site', { Origin: 'https://evil.shop.example' }],
    ] as const) {
      const response = await request.post('/api/transfers', {
        headers: { 'Sec-Fetch-Site': site, ...extra, ...fresh() },
        data: { from: 'acc_alice', to: 'acc_carol', amount: 100 },
      });
      expect(response.status(), `${site} ${JSON.stringify(extra)}`).toBe(403);
    }
    expect(await balances(request)).toEqual(before);
  });

  test("behind a proxy that rewrites Host, the reader's own page can still transfer, as actions can", async ({ app, request }) => {
    // What reaches the app behind a proxy: Host names the app's internal address, X-Forwarded-Host the public one
    // the browser asked for, and Origin is the public page. An older browser sends no Sec-Fetch-Site.
    const behindProxy = { Host: 'app.internal:3000', 'X-Forwarded-Host': 'bank.example', 'Content-Type': 'application/json' };
    const body = JSON.stringify({ from: 'acc_alice', to: 'acc_carol', amount: 1 });
    const fromOwnPage = await rawRequest(app.url, '/api/transfers', { method: 'POST', headers: { ...behindProxy, Origin: 'https://bank.example', ...fresh() }, body });
    expect(fromOwnPage.status, fromOwnPage.text).toBe(201);
    // A modern browser on the reader's own page says so directly.
    const modern = await rawRequest(app.url, '/api/transfers', { method: 'POST', headers: { ...behindProxy, 'Sec-Fetch-Site': 'same-origin', Origin: 'https://bank.example', ...fresh() }, body });
    expect(modern.status, modern.text).toBe(201);
    // (A client that writes X-Forwarded-Host itself, with no Sec-Fetch-Site, is no browser page: it carries no reader's
    // cookies, so it is no CSRF, and the handler's other checks apply to it as to any client.)
    // Another site's page behind the same proxy is still refused.
    const before = await balances(request);
    const foreign = await rawRequest(app.url, '/api/transfers', { method: 'POST', headers: { ...behindProxy, Origin: 'https://evil.example', ...fresh() }, body });
    expect(foreign.status).toBe(403);
    expect(await balances(request)).toEqual(before);
  });

  test('numbers in JSON must be numbers: true, [1], "0x2" and "1e2" are refused', async ({ request }) => {
    const before = await balances(request);
    for (const amount of [true, [100], '0x2', '1e2', '100']) {
      const response = await request.post('/api/transfers', { headers: fresh(), data: { from: 'acc_alice', to: 'acc_carol', amount } });
      expect(response.status(), JSON.stringify(amount)).toBe(422);
    }
    expect(await balances(request)).toEqual(before);
  });

  test('an attacker sending a File where the action expects text gets an error and no money moves', async ({ page, request }) => {
    await page.goto('/action');
    await fillTransfer(page, 'Alice', 'Carol', '0.01');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Transfer' }).click());
    await expect(page.getByRole('status')).toHaveText(transferDone);
    const before = await balances(request);

    const form = await actionForm(call);
    const amountField = [...form.keys()].find((k) => k.endsWith('_amount'))!;
    form.set(amountField, new File(['1.00'], 'amount.txt', { type: 'text/plain' }));
    const withFile = await sendActionForm(request, call, form);
    expect(withFile.status()).toBe(200);
    expect(await withFile.text()).toContain('Amount must be a number.');

    const forgedRoot = await actionForm(call);
    forgedRoot.set('0', JSON.stringify([null, 'not a form']));
    const forged = await sendActionForm(request, call, forgedRoot);
    expect(forged.status()).toBe(200);
    expect(await forged.text()).toContain('Send the transfer form.');
    expect(await balances(request)).toEqual(before);
  });

  test('an endless body is cut off with 413', async ({ app }) => {
    const answer = await flood(app.url, '/api/transfers', { headers: { 'Content-Type': 'application/json' } });
    expect(answer.status, answer.text).toBe(413);
    expect(answer.sentEverything).toBe(false);
  });
});

test('the check page, with course tools on, reports every check passed and moves nothing for good', async ({ page, app, playwright }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    const request = await playwright.request.newContext({ baseURL: server.url });
    const before = await balances(request);
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
    // The checks move back whatever they moved.
    expect(await balances(request)).toEqual(before);
    await request.dispose();
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});

test('a client retrying a transfer against the other instance moves the money once', async ({ app }) => {
  await withTwoInstances(app, async ([one, two]) => {
    const accountsOn = async (server: { url: string }) =>
      Object.fromEntries(((await (await fetch(`${server.url}/api/accounts`)).json()).accounts as { id: string; balance: number }[]).map((a) => [a.id, a.balance]));
    const before = await accountsOn(one);
    const send = (server: { url: string }) =>
      fetch(`${server.url}/api/transfers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'retry-across-instances-0001' },
        body: JSON.stringify({ from: 'acc_alice', to: 'acc_carol', amount: 1500, reference: 'Rent' }),
      });
    const first = await send(one);
    expect(first.status).toBe(201);
    const moved = { ...before, acc_alice: before.acc_alice! - 1500, acc_carol: before.acc_carol! + 1500 };
    // The other instance sees the transfer at once: both read the one database.
    expect(await accountsOn(two)).toEqual(moved);
    // The client's connection dropped before it saw the answer, so it retries; the balancer sends it to the other one.
    const retry = await send(two);
    expect(retry.status).toBe(201);
    expect((await retry.json()).transfer.id).toBe((await first.json()).transfer.id);
    expect(await accountsOn(one)).toEqual(moved);
    expect(await accountsOn(two)).toEqual(moved);
    // A new transfer sent to both instances at the same moment, with one key: one transfer.
    const race = (server: { url: string }) =>
      fetch(`${server.url}/api/transfers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'race-across-instances-0002' },
        body: JSON.stringify({ from: 'acc_bob', to: 'acc_carol', amount: 700 }),
      });
    const raced = await Promise.all([race(one), race(two), race(one), race(two)]);
    const ids = new Set(await Promise.all(raced.map(async (r) => (expect(r.status).toBe(201), (await r.json()).transfer.id))));
    expect(ids.size).toBe(1);
    expect(await accountsOn(two)).toEqual({ ...moved, acc_bob: before.acc_bob! - 700, acc_carol: moved.acc_carol + 700 });
  });
});

test.describe('retries', () => {
  test('a double submit of the transfer form moves the money once', async ({ page, request }) => {
    await page.goto('/action');
    await fillTransfer(page, 'Alice', 'Bob', '3.00');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Transfer' }).click());
    const status = page.getByRole('status');
    await expect(status).toHaveText(transferDone);
    const done = (await status.textContent())!;
    const after = await balances(request);
    // The same request again, five times at once: a double click, or a proxy that retries.
    const replies = await Promise.all(Array.from({ length: 5 }, async () => (await request.post(call.url, { headers: call.headers, data: call.body ?? undefined })).text()));
    for (const reply of replies) expect(reply).toContain(done);
    expect(await balances(request)).toEqual(after);
  });

  test('a network retry with the same Idempotency-Key gets the first transfer back and moves nothing more', async ({ request }) => {
    const before = await balances(request);
    const headers = fresh();
    const data = { from: 'acc_alice', to: 'acc_carol', amount: 700, reference: 'Retried' };
    const first = await request.post('/api/transfers', { headers, data });
    expect(first.status()).toBe(201);
    const id = (await first.json()).transfer.id;
    // The draft's form of the header is a quoted string: the same key.
    const quoted = { 'Idempotency-Key': `"${headers['Idempotency-Key']}"` };
    const retries = await Promise.all(Array.from({ length: 5 }, (_, i) => request.post('/api/transfers', { headers: i % 2 ? quoted : headers, data })));
    for (const retry of retries) {
      expect(retry.status()).toBe(201);
      expect(retry.headers()['idempotent-replayed']).toBe('true');
      expect((await retry.json()).transfer.id).toBe(id);
    }
    expect(await balances(request)).toEqual({ ...before, acc_alice: before.acc_alice! - 700, acc_carol: before.acc_carol! + 700 });
  });

  test('ten requests racing with one new Idempotency-Key make one transfer', async ({ request }) => {
    const before = await balances(request);
    const headers = fresh();
    const data = { from: 'acc_alice', to: 'acc_bob', amount: 300 };
    const answers = await Promise.all(Array.from({ length: 10 }, () => request.post('/api/transfers', { headers, data })));
    const ids = new Set(await Promise.all(answers.map(async (a) => (expect(a.status()).toBe(201), (await a.json()).transfer.id))));
    expect(ids.size).toBe(1);
    expect(await balances(request)).toEqual({ ...before, acc_alice: before.acc_alice! - 300, acc_bob: before.acc_bob! + 300 });
  });

  test('an attacker replaying a used Idempotency-Key with another amount is refused with 422', async ({ request }) => {
    const headers = fresh();
    expect((await request.post('/api/transfers', { headers, data: { from: 'acc_alice', to: 'acc_carol', amount: 100 } })).status()).toBe(201);
    const before = await balances(request);
    const replay = await request.post('/api/transfers', { headers, data: { from: 'acc_alice', to: 'acc_carol', amount: 100_000 } });
    expect(replay.status()).toBe(422);
    expect((await replay.json()).error.code).toBe('idempotency_key_reused');
    expect(await balances(request)).toEqual(before);
  });

  test('a transfer without an Idempotency-Key, or with a malformed one, is refused with 400', async ({ request }) => {
    const before = await balances(request);
    for (const headers of [{}, { 'Idempotency-Key': 'short' }, { 'Idempotency-Key': 'a b c d e f g h' }, { 'Idempotency-Key': 'x'.repeat(65) }] as Record<string, string>[]) {
      const response = await request.post('/api/transfers', { headers, data: { from: 'acc_alice', to: 'acc_carol', amount: 100 } });
      expect(response.status(), JSON.stringify(headers)).toBe(400);
      expect((await response.json()).error.code).toBe('idempotency_key_required');
    }
    expect(await balances(request)).toEqual(before);
  });

  test('an attacker replaying a used form token with another amount moves nothing', async ({ page, request }) => {
    await page.goto('/action');
    await fillTransfer(page, 'Alice', 'Carol', '0.02');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Transfer' }).click());
    await expect(page.getByRole('status')).toHaveText(transferDone);
    const before = await balances(request);
    const form = await actionForm(call);
    const amountField = [...form.keys()].find((k) => k.endsWith('_amount'))!;
    form.set(amountField, '400.00');
    const replay = await sendActionForm(request, call, form);
    expect(await replay.text()).toContain('This key was already used for a different transfer.');
    const tokenless = await actionForm(call);
    tokenless.delete([...tokenless.keys()].find((k) => k.endsWith('_token'))!);
    expect(await (await sendActionForm(request, call, tokenless)).text()).toContain('This form has expired.');
    expect(await balances(request)).toEqual(before);
  });

  test('a visitor who transfers twice in a row makes two transfers', async ({ page, request }) => {
    await page.goto('/action');
    const before = await balances(request);
    for (const round of [1, 2]) {
      await fillTransfer(page, 'Alice', 'Bob', '1.00');
      await page.getByRole('button', { name: 'Transfer' }).click();
      await expect(page.getByRole('table', { name: 'Balances' }).getByRole('row', { name: /Bob/ })).toContainText(((before.acc_bob! + round * 100) / 100).toFixed(2));
    }
    expect(await balances(request)).toEqual({ ...before, acc_alice: before.acc_alice! - 200, acc_bob: before.acc_bob! + 200 });
  });
});
