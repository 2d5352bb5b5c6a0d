import { spawnSync } from 'node:child_process';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { expect, test } from './fixture';

test.use({ exampleId: 'integrations' });

const mobile = { Authorization: 'Bearer key_mobile_demo_7d21' };
const partner = { Authorization: 'Bearer key_partner_demo_c90e' };
const ordersOf = async (request: import('@playwright/test').APIRequestContext, auth: Record<string, string>) =>
  (await (await request.get('/api/v1/orders', { headers: auth })).json()).orders as { id: string }[];

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
  for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: 'key_mobile_demo_7d21' }] as Record<string, string>[]) {
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
  const run = spawnSync(process.execPath, ['scripts/mobile-client.mjs', app.url], { cwd: app.dir, encoding: 'utf8' });
  expect(run.stdout).toMatch(/^201 /);
  expect((await ordersOf(request, mobile)).length).toBe(before + 1);
});

test('visitor places the same kind of order from the web UI with the Server Action', async ({ page }) => {
  await page.goto('/action');
  await page.getByLabel('Product').selectOption({ label: 'Blue mug' });
  await page.getByLabel('Quantity').fill('4');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Order ord_\d+ placed\.$/);
  await expect(page.getByRole('list', { name: 'Orders' })).toContainText('4 × Blue mug via web');

  await page.getByLabel('Quantity').fill('50');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Order at most 20.')).toBeVisible();
});
