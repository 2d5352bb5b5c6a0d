import { stackblitzBuildTest } from './builds-like-stackblitz';
import { actionForm, sendActionForm } from './action-form';
import { flood } from './attack';
import { captureActionRequest, expect, test } from './fixture';
import { failedChecks } from './check-page';
import { checks } from '../../examples/transfers/lib/checks';

test.use({ exampleId: 'transfers' });

type Api = import('@playwright/test').APIRequestContext;
const balances = async (request: Api) =>
  Object.fromEntries(((await (await request.get('/api/accounts')).json()).accounts as { id: string; balance: number }[]).map((a) => [a.id, a.balance]));

stackblitzBuildTest();

test('HTTP client transfers money and both balances change together', async ({ request }) => {
  const before = await balances(request);
  const response = await request.post('/api/transfers', { data: { from: 'acc_alice', to: 'acc_carol', amount: 2500, reference: 'Lunch' } });
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
    [422, 'validation_failed', await request.post('/api/transfers', { data: { from: 'acc_alice', to: 'acc_alice', amount: 100 } })],
    [422, 'validation_failed', await request.post('/api/transfers', { data: { from: 'acc_alice', to: 'acc_bob', amount: -5 } })],
    [422, 'validation_failed', await request.post('/api/transfers', { data: { from: 'acc_alice', to: 'acc_bob', amount: 10.5 } })],
    [422, 'validation_failed', await request.post('/api/transfers', { data: { from: 'acc_alice', to: 'acc_bob', amount: '100' } })],
    [422, 'validation_failed', await request.post('/api/transfers', { data: { from: 'acc_alice', to: 'acc_bob' } })],
    [404, 'account_not_found', await request.post('/api/transfers', { data: { from: 'acc_alice', to: 'acc_mallory', amount: 100 } })],
    [409, 'insufficient_funds', await request.post('/api/transfers', { data: { from: 'acc_bob', to: 'acc_alice', amount: 99_999_9 } })],
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
  await page.getByLabel('From').selectOption({ label: 'Bob' });
  await page.getByLabel('To').selectOption({ label: 'Carol' });
  await page.getByLabel('Amount').fill('10.00');
  await page.getByRole('button', { name: 'Transfer' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Transfer trf_\d+ done\.$/);
  await expect(table.getByRole('row', { name: /Bob/ })).toContainText('110.00');

  // React resets the form after a successful action, so choose both accounts again.
  const before = await balances(request);
  await page.getByLabel('From').selectOption({ label: 'Bob' });
  await page.getByLabel('To').selectOption({ label: 'Carol' });
  await page.getByLabel('Amount').fill('5000');
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
  await page.getByLabel('From').selectOption({ label: 'Carol' });
  await page.getByLabel('To').selectOption({ label: 'Alice' });
  await page.getByLabel('Amount').fill('5000');
  await page.getByRole('button', { name: 'Transfer' }).click();
  await expect(page.getByRole('status')).toContainText('Not enough money in the account.');
  await page.getByLabel('From').selectOption({ label: 'Alice' });
  await page.getByLabel('To').selectOption({ label: 'Carol' });
  await page.getByLabel('Amount').fill('1.50');
  await page.getByRole('button', { name: 'Transfer' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Transfer trf_\d+ done\.$/);
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
      const response = await request.post('/api/transfers', { headers: { Origin: origin }, data: { from: 'acc_alice', to: 'acc_carol', amount: 100 } });
      expect(response.status(), origin).toBe(403);
    }
    // X-Forwarded-Host is just another header a client can write: it does not make a foreign Origin ours.
    const forwarded = await request.post('/api/transfers', {
      headers: { Origin: 'https://evil.example', 'X-Forwarded-Host': 'evil.example' },
      data: { from: 'acc_alice', to: 'acc_carol', amount: 100 },
    });
    expect(forwarded.status()).toBe(403);
    expect(await balances(request)).toEqual(before);
  });

  test('numbers in JSON must be numbers: true, [1], "0x2" and "1e2" are refused', async ({ request }) => {
    const before = await balances(request);
    for (const amount of [true, [100], '0x2', '1e2', '100']) {
      const response = await request.post('/api/transfers', { data: { from: 'acc_alice', to: 'acc_carol', amount } });
      expect(response.status(), JSON.stringify(amount)).toBe(422);
    }
    expect(await balances(request)).toEqual(before);
  });

  test('an attacker sending a File where the action expects text gets an error and no money moves', async ({ page, request }) => {
    await page.goto('/action');
    await page.getByLabel('From').selectOption({ label: 'Alice' });
    await page.getByLabel('To').selectOption({ label: 'Carol' });
    await page.getByLabel('Amount').fill('0.01');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Transfer' }).click());
    await expect(page.getByRole('status')).toHaveText(/^Transfer trf_\d+ done\.$/);
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

test('the check page reports every check passed', async ({ page, app, request }) => {
  const before = await balances(request);
  expect(await failedChecks(page, app.url, checks)).toEqual([]);
  // The checks move back whatever they moved.
  expect(await balances(request)).toEqual(before);
});
