import { spawnSync } from 'node:child_process';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { flood, rawRequest } from './attack';
import { actionForm, fieldPrefix } from './action-form';
import { captureActionRequest, expect, test, withServer } from './fixture';

type Page = import('@playwright/test').Page;
type APIRequestContext = import('@playwright/test').APIRequestContext;

import { expectCheckPageOff, failedChecks } from './check-page';
import { checks } from '../../examples/integrations/lib/checks';

// `next start` refuses the public demo keys, so the tests configure keys of their own.
const keys = { MOBILE_API_KEY: 'key_mobile_test_only_5e2b', PARTNER_API_KEY: 'key_partner_test_only_a41f' };
test.use({ exampleId: 'integrations', exampleEnv: keys });

const mobile = { Authorization: `Bearer ${keys.MOBILE_API_KEY}` };
const partner = { Authorization: `Bearer ${keys.PARTNER_API_KEY}` };
const ordersOf = async (request: APIRequestContext, auth: Record<string, string>) =>
  (await (await request.get('/api/v1/orders', { headers: auth })).json()).orders as { id: string }[];
const postRaw = (base: string, headers: Record<string, string>, body: string) =>
  rawRequest(base, '/api/v1/orders', { method: 'POST', headers, body });

stackblitzBuildTest();

test('the mobile app places an order with its API key and gets 201', async ({ request }) => {
  const response = await request.post('/api/v1/orders', { headers: mobile, data: { sku: 'tea-black', quantity: 3 } });
  expect(response.status()).toBe(201);
  const { order } = await response.json();
  expect(order).toMatchObject({ sku: 'tea-black', quantity: 3, channel: 'mobile-app' });
  expect(response.headers().location).toBe(`/api/v1/orders/${order.id}`);
  expect((await ordersOf(request, partner)).map((o) => o.id)).not.toContain(order.id);
});

test('callers without a valid key get 401 and nothing is stored', async ({ request }) => {
  const before = (await ordersOf(request, mobile)).length;
  for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: keys.MOBILE_API_KEY }] as Record<string, string>[]) {
    const response = await request.post('/api/v1/orders', { headers, data: { sku: 'tea-black', quantity: 1 } });
    expect(response.status()).toBe(401);
    expect(response.headers()['www-authenticate']).toContain('Bearer');
  }
  expect((await request.get('/api/v1/orders')).status()).toBe(401);
  expect((await ordersOf(request, mobile)).length).toBe(before);
});

test('bad bodies get 400, 415 or 422 and nothing is stored', async ({ request }) => {
  const before = (await ordersOf(request, mobile)).length;
  const json = { ...mobile, 'Content-Type': 'application/json' };
  const cases = [
    { res: await request.post('/api/v1/orders', { headers: json, data: Buffer.from('{"sku":') }), status: 400 },
    { res: await request.post('/api/v1/orders', { headers: mobile, form: { sku: 'tea-black', quantity: '1' } }), status: 415 },
    { res: await request.post('/api/v1/orders', { headers: mobile, data: { sku: 'coffee', quantity: 1 } }), status: 422 },
    { res: await request.post('/api/v1/orders', { headers: mobile, data: { sku: 'tea-black', quantity: 0 } }), status: 422 },
    { res: await request.post('/api/v1/orders', { headers: mobile, data: { sku: 'tea-black', quantity: 2.5 } }), status: 422 },
    { res: await request.post('/api/v1/orders', { headers: mobile, data: { sku: 'tea-black' } }), status: 422 },
    { res: await request.post('/api/v1/orders', { headers: mobile, data: { sku: 'tea-black', quantity: 1, note: 'x'.repeat(201) } }), status: 422 },
    { res: await request.post('/api/v1/orders', { headers: mobile, data: { sku: 'tea-black', quantity: 1, price: 0 } }), status: 422 },
  ];
  for (const [i, c] of cases.entries()) expect(c.res.status(), `case ${i}`).toBe(c.status);
  expect((await ordersOf(request, mobile)).length).toBe(before);
});

test('the mobile-client script from the README places an order', async ({ app, request }) => {
  const before = (await ordersOf(request, mobile)).length;
  const run = spawnSync(process.execPath, ['scripts/mobile-client.mjs', app.url], { cwd: app.dir, encoding: 'utf8', env: { ...process.env, ...keys } });
  expect(run.stdout).toMatch(/^201 /);
  expect((await ordersOf(request, mobile)).length).toBe(before + 1);
});

test('visitor places the same kind of order from the web UI with the Server Action', async ({ page }) => {
  await page.goto('/action');
  await page.getByLabel('Product').selectOption({ label: 'Blue mug' });
  await page.getByLabel('Quantity').fill('4');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Order ord_\d+ placed\.$/);
  await expect(page.getByRole('list', { name: 'Orders' })).toContainText('4 × Blue mug');

  await page.getByLabel('Quantity').fill('50');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Order at most 20.')).toBeVisible();
});

test('an API client cannot slip coerced values in where JSON numbers belong', async ({ request }) => {
  const before = (await ordersOf(request, mobile)).length;
  for (const quantity of [true, [1], '0x2', '1e0', '2', null]) {
    const response = await request.post('/api/v1/orders', { headers: mobile, data: { sku: 'tea-black', quantity } });
    expect(response.status(), JSON.stringify(quantity)).toBe(422);
    expect((await response.json()).error.fieldErrors, JSON.stringify(quantity)).toHaveProperty('quantity');
  }
  expect((await ordersOf(request, mobile)).length).toBe(before);
});

test('an attacker cannot make the orders handler hold an endless or huge JSON body', async ({ app }) => {
  const json = { ...mobile, 'Content-Type': 'application/json' };
  const endless = await flood(app.url, '/api/v1/orders', { headers: { ...json, 'Transfer-Encoding': 'chunked' } });
  expect(endless.status, endless.text).toBe(413);
  expect(endless.sentEverything).toBe(false);
  const declared = await flood(app.url, '/api/v1/orders', { headers: json, declare: 300 * 1024 * 1024, upTo: 64 * 1024 });
  expect(declared.status, declared.text).toBe(413);
  const lookalike = await postRaw(app.url, { ...mobile, 'Content-Type': 'application/jsonp' }, '{"sku":"tea-black","quantity":1}');
  expect(lookalike.status).toBe(415);
});

test('an API client follows the Location header to the order it placed, and only its own', async ({ request }) => {
  const placed = await request.post('/api/v1/orders', { headers: mobile, data: { sku: 'mug-blue', quantity: 1 } });
  expect(placed.status()).toBe(201);
  const { order } = await placed.json();
  const location = placed.headers().location!;
  const own = await request.get(location, { headers: mobile });
  expect(own.status()).toBe(200);
  expect((await own.json()).order).toEqual(order);
  expect((await request.get(location, { headers: partner })).status()).toBe(404);
  expect((await request.get(location)).status()).toBe(401);
  expect((await request.get('/api/v1/orders/ord_999999', { headers: mobile })).status()).toBe(404);
});

test("a visitor of the web UI cannot see other API clients' orders", async ({ page, request }) => {
  const placed = await request.post('/api/v1/orders', { headers: partner, data: { sku: 'tea-green', quantity: 7 } });
  const { order } = await placed.json();
  await page.goto('/action');
  await page.getByLabel('Product').selectOption({ label: 'Green tea' });
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Order ord_\d+ placed\.$/);
  const orders = page.getByRole('list', { name: 'Orders' });
  await expect(orders.getByRole('listitem').first()).toBeVisible();
  await expect(orders.getByRole('listitem').filter({ hasText: new RegExp(`^${order.id}:`) })).toHaveCount(0);
  await expect(orders).not.toContainText('partner-shop');
});

/** Captures the order form's action call, so a test can send it other arguments, as a script could. */
async function captureOrderCall(page: Page) {
  await page.goto('/action');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Place order' }).click());
  await expect(page.getByRole('status')).toHaveText(/placed/);
  const { 'content-type': _multipartWithItsBoundary, ...headers } = call.headers;
  return { url: call.url, headers, prefix: fieldPrefix(await actionForm(call)) };
}

const webOrderCount = async (page: Page) => {
  await page.goto('/action');
  return page.getByRole('list', { name: 'Orders' }).getByRole('listitem').count();
};

test('an anonymous flood of web orders is cut off once the budget for the minute is spent', async ({ browser, app }) => {
  // Three writes per window, and a window of a day, so that the test's writes cannot straddle two windows.
  await withServer(app.dir, { ...app.env, WEB_ORDERS_PER_MINUTE: '3', WRITE_BUDGET_WINDOW_SECONDS: '86400' }, async (server) => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto('/action');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Place order' }).click());
    await expect(page.getByRole('status')).toHaveText(/^Order ord_\d+ placed\.$/);
    const answers = await Promise.all(Array.from({ length: 4 }, async () => (await page.request.post(call.url, { headers: call.headers, data: call.body ?? undefined })).text()));
    expect(answers.filter((a) => /Order ord_\d+ placed\./.test(a))).toHaveLength(2);
    expect(answers.filter((a) => /Too many orders right now\. Try again in \d+ s\./.test(a))).toHaveLength(2);
    await page.goto('/action');
    await expect(page.getByRole('list', { name: 'Orders' }).getByRole('listitem')).toHaveCount(3);
    await context.close();
  });
});

test('an attacker cannot send a File where the note belongs', async ({ page, request }) => {
  const call = await captureOrderCall(page);
  const before = await webOrderCount(page);
  // React's encoding names the form's fields with a prefix (1_… or _1_…, read from the real call) and refers to them
  // from the root argument, field 0, which must come last (an object literal would put the key "0" first).
  const { prefix } = call;
  const form = new FormData();
  form.append(`${prefix}sku`, 'tea-green');
  form.append(`${prefix}quantity`, '1');
  form.append(`${prefix}note`, new File(['a file, not text'], 'note.txt', { type: 'text/plain' }));
  form.append('0', '[{"status":"idle"},"$K1"]');
  const answer = await request.post(call.url, { headers: call.headers, multipart: form });
  expect(answer.status()).toBe(200);
  expect(await answer.text()).toContain('The note must be text.');
  expect(await webOrderCount(page)).toBe(before);
});

test('an attacker cannot crash the action with arguments that are not a form', async ({ page, request }) => {
  const call = await captureOrderCall(page);
  const answer = await request.post(call.url, { headers: call.headers, multipart: { '0': '[null,"x"]' } });
  expect(answer.status()).toBe(200);
  expect(await answer.text()).toContain('Send the order form.');
});

test('the check page, with course tools on, reports every check passed', async ({ page, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});

test('a production server without its API keys refuses the public demo keys', async ({ app }) => {
  await withServer(app.dir, { MOBILE_API_KEY: '', PARTNER_API_KEY: '' }, async (server) => {
    for (const key of ['key_mobile_demo_7d21', 'key_partner_demo_c90e']) {
      const response = await fetch(`${server.url}/api/v1/orders`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ sku: 'tea-black', quantity: 1 }),
      });
      expect(response.status, key).toBe(500);
    }
    await expect.poll(() => server.output()).toContain('MOBILE_API_KEY is not set');
  });
});
