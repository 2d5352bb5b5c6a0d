import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, test } from './fixture';

test.use({ exampleId: 'inventory' });

type Api = import('@playwright/test').APIRequestContext;
const partner = { Authorization: 'Bearer key_partner_demo_41aa' };
const stock = async (request: Api, id: string) =>
  ((await (await request.get('/api/products')).json()).products as { id: string; stock: number }[]).find((p) => p.id === id)!.stock;

stackblitzBuildTest();

test('50 concurrent partner reservations for 10 lamps: exactly 10 succeed and stock ends at 0', async ({ request }) => {
  expect(await stock(request, 'lamp')).toBe(10);
  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      request.post('/api/partner/reservations', { headers: partner, data: { productId: 'lamp', quantity: 1, customer: `Partner ${i}` } }),
    ),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 201)).toHaveLength(10);
  expect(statuses.filter((s) => s === 409)).toHaveLength(40);
  expect(await stock(request, 'lamp')).toBe(0);
});

test('20 concurrent replays of the product page action for 10 desks: exactly 10 succeed', async ({ page, request }) => {
  await page.goto('/action');
  const form = page.getByRole('form', { name: 'Reserve Standing desk' });
  const call = await captureActionRequest(page, () => form.getByRole('button', { name: 'Reserve' }).click());
  await expect(form.getByRole('status')).toHaveText('Reserved 1; 9 left.');
  const bodies = await Promise.all(
    Array.from({ length: 20 }, async () => (await request.post(call.url, { headers: call.headers, data: call.body ?? undefined })).text()),
  );
  expect(bodies.filter((b) => b.includes('Reserved 1;'))).toHaveLength(9);
  expect(bodies.filter((b) => b.includes('Only 0 Standing desk left.'))).toHaveLength(11);
  expect(await stock(request, 'desk')).toBe(0);
});

test('shopper reserves on the product page and is told when stock runs out', async ({ page, request }) => {
  await page.goto('/action');
  const form = page.getByRole('form', { name: 'Reserve Office chair' });
  await form.getByLabel('Quantity').fill('2');
  await form.getByRole('button', { name: 'Reserve' }).click();
  await expect(form.getByRole('status')).toHaveText('Reserved 2; 1 left.');
  await form.getByLabel('Quantity').fill('2');
  await form.getByRole('button', { name: 'Reserve' }).click();
  await expect(form.getByRole('status')).toHaveText('Only 1 Office chair left.');
  await form.getByLabel('Quantity').fill('9');
  await form.getByRole('button', { name: 'Reserve' }).click();
  await expect(form.getByRole('status')).toHaveText('Reserve at most 5 at a time.');
  expect(await stock(request, 'chair')).toBe(1);
});

test('partner API rejects bad requests with the right status and stock is unchanged', async ({ request }) => {
  const before = await stock(request, 'chair');
  const post = (data: unknown, headers: Record<string, string> = partner) => request.post('/api/partner/reservations', { headers, data: data as object });
  const cases: [number, import('@playwright/test').APIResponse][] = [
    [401, await post({ productId: 'chair', quantity: 1, customer: 'No key' }, {})],
    [401, await post({ productId: 'chair', quantity: 1, customer: 'Bad key' }, { Authorization: 'Bearer nope' })],
    [400, await request.post('/api/partner/reservations', { headers: { ...partner, 'Content-Type': 'application/json' }, data: Buffer.from('{') })],
    [422, await post({ productId: 'chair', quantity: 0, customer: 'Zero' })],
    [422, await post({ productId: 'chair', quantity: 1 })],
    [422, await post({ productId: 'chair', quantity: 1, customer: 'Extra', price: 0 })],
    [404, await post({ productId: 'sofa', quantity: 1, customer: 'Nobody' })],
    [409, await post({ productId: 'chair', quantity: 5, customer: 'Too many' })],
  ];
  for (const [status, response] of cases) expect(response.status()).toBe(status);
  expect(await stock(request, 'chair')).toBe(before);
});
