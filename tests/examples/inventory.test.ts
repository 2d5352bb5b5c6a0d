import { actionForm, fieldPrefix, sendActionForm } from './action-form';
import { flood } from './attack';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, readExampleFile, test, withServer, withTwoInstances } from './fixture';

// `next start` refuses the public demo key, so the tests configure one of their own.
const partnerKey = 'key_partner_test_only_77c3';
// Holds last an hour here, so no reservation of a long test run expires under a test that counts stock.
test.use({ exampleId: 'inventory', exampleEnv: { PARTNER_API_KEY: partnerKey, RESERVATION_HOLD_SECONDS: '3600' } });

type Api = import('@playwright/test').APIRequestContext;
const partner = { Authorization: `Bearer ${partnerKey}` };
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
  // Twenty shoppers (each under a name of their own, since one customer may hold only 5) press at the same moment.
  const bodies = await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      const fields = await actionForm(call);
      fields.set(`${fieldPrefix(fields)}customer`, `Shopper ${i}`);
      return (await sendActionForm(request, call, fields)).text();
    }),
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

test('a customer cannot hoard: at most 5 of a product at once, however the calls are split or the name is spelled', async ({ page, app }) => {
  await withServer(app.dir, app.env, async (server) => {
    const reserve = async (customer: string, quantity: number) => {
      const response = await fetch(`${server.url}/api/partner/reservations`, {
        method: 'POST',
        headers: { ...partner, 'Content-Type': 'application/json' },
        body: JSON.stringify({ productId: 'lamp', quantity, customer }),
      });
      return { status: response.status, body: await response.json() };
    };
    expect((await reserve('Mallory', 3)).status).toBe(201);
    const more = await reserve('MALLORY', 3);
    expect(more.status).toBe(409);
    expect(more.body.error).toMatchObject({ code: 'hold_limit', held: 3 });
    expect((await reserve('Mallory', 2)).status).toBe(201);
    expect((await reserve('mallory', 1)).body.error.code).toBe('hold_limit');
    // Another customer still finds stock on the shelf.
    expect((await reserve('Grace', 5)).status).toBe(201);

    // The product page's form: the same name, replayed four times with 5 desks each, gets 5 desks once.
    await page.goto(`${server.url}/action`);
    const form = page.getByRole('form', { name: 'Reserve Standing desk' });
    await form.getByLabel('Quantity').fill('5');
    const call = await captureActionRequest(page, () => form.getByRole('button', { name: 'Reserve' }).click());
    await expect(form.getByRole('status')).toHaveText('Reserved 5; 5 left.');
    const replays = await Promise.all(Array.from({ length: 3 }, async () => (await page.request.post(call.url, { headers: call.headers, data: call.body ?? undefined })).text()));
    for (const answer of replays) expect(answer).toContain('One customer may hold at most 5 of a product at a time; Web shopper holds 5.');
    // Another browser that keeps the form's default name has an allowance of its own.
    const other = await page.context().browser()!.newContext({ baseURL: server.url });
    const otherPage = await other.newPage();
    await otherPage.goto('/action');
    const otherForm = otherPage.getByRole('form', { name: 'Reserve Standing desk' });
    await otherForm.getByRole('button', { name: 'Reserve' }).click();
    await expect(otherForm.getByRole('status')).toHaveText('Reserved 1; 4 left.');
    await other.close();
    const products = (await (await fetch(`${server.url}/api/products`)).json()).products as { id: string; stock: number }[];
    expect(products.find((p) => p.id === 'desk')!.stock).toBe(4);
  });
});

test('a forged form cannot pass "0x1", "1e0" or a File as the quantity, nor a File as the name', async ({ page, request }) => {
  await page.goto('/action');
  const form = page.getByRole('form', { name: 'Reserve Office chair' });
  // Capture a call that reserves nothing (9 is over the limit), then replay it with other fields.
  await form.getByLabel('Quantity').fill('9');
  const call = await captureActionRequest(page, () => form.getByRole('button', { name: 'Reserve' }).click());
  await expect(form.getByRole('status')).toHaveText('Reserve at most 5 at a time.');
  const before = await stock(request, 'chair');
  expect(before).toBeGreaterThan(0);
  const cases: [string, string | File, RegExp][] = [
    ['quantity', '0x1', /Enter a whole number of items\./],
    ['quantity', '1e0', /Enter a whole number of items\./],
    ['quantity', ' 1', /Enter a whole number of items\./],
    ['quantity', new File(['1'], 'quantity.txt'), /Enter a whole number of items\./],
    ['customer', new File(['Mallory'], 'name.txt'), /Give a customer name\./],
  ];
  for (const [field, value, says] of cases) {
    const fields = await actionForm(call);
    const prefix = fieldPrefix(fields);
    fields.set(`${prefix}quantity`, '1');
    fields.set(prefix + field, value);
    const response = await sendActionForm(request, call, fields);
    expect(response.status(), `${field}=${value}`).toBe(200);
    expect(await response.text(), `${field}=${value}`).toMatch(says);
  }
  expect(await stock(request, 'chair')).toBe(before);
});

test('a forged argument root makes the action return an error instead of a 500', async ({ page, request }) => {
  await page.goto('/action');
  const form = page.getByRole('form', { name: 'Reserve Office chair' });
  await form.getByLabel('Quantity').fill('9');
  const call = await captureActionRequest(page, () => form.getByRole('button', { name: 'Reserve' }).click());
  await expect(form.getByRole('status')).toHaveText('Reserve at most 5 at a time.');
  const before = await stock(request, 'chair');
  const fields = await actionForm(call);
  fields.set(`${fieldPrefix(fields)}quantity`, '1');
  // A real call's root is ["chair",{"status":"idle"},"$K1"]: the bound product id, the previous state, the fields.
  for (const root of ['[null,"x"]', '["chair",{"status":"idle"},"x"]', '[{"id":"chair"},{"status":"idle"},"$K1"]', '[]']) {
    fields.set('0', root);
    const response = await sendActionForm(request, call, fields);
    expect(response.status(), root).toBe(200);
    expect(await response.text(), root).toContain('The form could not be read.');
  }
  expect(await stock(request, 'chair')).toBe(before);
});

test('a partner cannot reserve with a quantity of true, [1], "1" or "0x1": JSON numbers must be numbers', async ({ request }) => {
  const before = await stock(request, 'chair');
  expect(before).toBeGreaterThan(0);
  for (const quantity of [true, [1], '1', '0x1', '1e0', 1.5]) {
    const response = await request.post('/api/partner/reservations', { headers: partner, data: { productId: 'chair', quantity, customer: 'Sloppy partner' } });
    expect(response.status(), JSON.stringify(quantity)).toBe(422);
    expect((await response.json()).error.fieldErrors.quantity, JSON.stringify(quantity)).toBeDefined();
  }
  expect(await stock(request, 'chair')).toBe(before);
});

test('the partner key is compared in constant time, and near-miss keys get 401', async ({ request }) => {
  // Timing cannot be measured reliably over HTTP, so check the code: a string !== stops at the first differing
  // character, which lets an attacker guess a key character by character.
  const route = readExampleFile('inventory', 'app/api/partner/reservations/route.ts');
  expect(route).toContain('timingSafeEqual');
  expect(route).not.toMatch(/[!=]==?\s*`Bearer/);
  const body = { productId: 'chair', quantity: 1, customer: 'Guessing' };
  const before = await stock(request, 'chair');
  for (const authorization of [`Bearer ${partnerKey.slice(0, -1)}`, `Bearer ${partnerKey}b`, `bearer ${partnerKey}`, `Bearer  ${partnerKey}`, partnerKey, 'Bearer ']) {
    const response = await request.post('/api/partner/reservations', { headers: { Authorization: authorization }, data: body });
    expect(response.status(), authorization).toBe(401);
  }
  expect(await stock(request, 'chair')).toBe(before);
});

test('a cross-site text/plain reservation is refused with 415, not parsed as JSON', async ({ request }) => {
  const before = await stock(request, 'chair');
  const response = await request.post('/api/partner/reservations', {
    headers: { ...partner, 'Content-Type': 'text/plain' },
    data: JSON.stringify({ productId: 'chair', quantity: 1, customer: 'Plain text' }),
  });
  expect(response.status()).toBe(415);
  expect((await response.json()).error.code).toBe('unsupported_media_type');
  expect(await stock(request, 'chair')).toBe(before);
});

test('an attacker cannot make the partner API hold an endless or huge body', async ({ app }) => {
  const json = { ...partner, 'Content-Type': 'application/json' };
  const endless = await flood(app.url, '/api/partner/reservations', { headers: { ...json, 'Transfer-Encoding': 'chunked' } });
  expect(endless.status, endless.text).toBe(413);
  expect(endless.sentEverything).toBe(false);
  const declared = await flood(app.url, '/api/partner/reservations', { headers: json, declare: 300 * 1024 * 1024, upTo: 64 * 1024 });
  expect(declared.status, declared.text).toBe(413);
  // Without a key, the body is never read at all.
  const anonymous = await flood(app.url, '/api/partner/reservations', { headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } });
  expect(anonymous.status, anonymous.text).toBe(401);
  expect(anonymous.sentEverything).toBe(false);
});

test('a production server without PARTNER_API_KEY refuses the public demo key and reserves nothing', async ({ app }) => {
  await withServer(app.dir, { PARTNER_API_KEY: '' }, async (server) => {
    const before = (await (await fetch(`${server.url}/api/products`)).json()).products;
    const response = await fetch(`${server.url}/api/partner/reservations`, {
      method: 'POST',
      headers: { Authorization: 'Bearer key_partner_demo_41aa', 'Content-Type': 'application/json' },
      body: JSON.stringify({ productId: 'lamp', quantity: 1, customer: 'Partner shop' }),
    });
    expect(response.status).toBe(500);
    await expect.poll(() => server.output()).toContain('PARTNER_API_KEY is not set');
    expect((await (await fetch(`${server.url}/api/products`)).json()).products).toEqual(before);
  });
});

test('40 reservations for 10 lamps split across two instances on one database: exactly 10 succeed', async ({ app }) => {
  await withTwoInstances(app, async ([one, two]) => {
    const reserve = (server: { url: string }, i: number) =>
      fetch(`${server.url}/api/partner/reservations`, {
        method: 'POST',
        headers: { ...partner, 'Content-Type': 'application/json' },
        body: JSON.stringify({ productId: 'lamp', quantity: 1, customer: `Partner ${i}` }),
      }).then((r) => r.status);
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => reserve(i % 2 ? two : one, i)));
    expect(statuses.filter((s) => s === 201), statuses.join(' ')).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(30);
    for (const server of [one, two]) {
      const products = (await (await fetch(`${server.url}/api/products`)).json()).products as { id: string; stock: number }[];
      expect(products.find((p) => p.id === 'lamp')!.stock, server.url).toBe(0);
    }
  });
});

test.describe('retries and holds', () => {
  // Each test gets a server of its own on a new database, with full stock.
  const onFreshStock = <T>(app: { dir: string; env: Record<string, string> }, env: Record<string, string>, use: (api: ReturnType<typeof apiOf>) => Promise<T>) =>
    withServer(app.dir, { ...app.env, ...env }, (server) => use(apiOf(server.url)));
  const apiOf = (url: string) => ({
    reserve: (key: string | undefined, data: object) =>
      fetch(`${url}/api/partner/reservations`, {
        method: 'POST',
        headers: { ...partner, 'Content-Type': 'application/json', ...(key === undefined ? {} : { 'Idempotency-Key': key }) },
        body: JSON.stringify(data),
      }),
    stock: async (id: string) => ((await (await fetch(`${url}/api/products`)).json()).products as { id: string; stock: number }[]).find((p) => p.id === id)!.stock,
  });

  test('a partner retrying with the same Idempotency-Key gets the first reservation back and stock moves once', async ({ app }) => {
    await onFreshStock(app, {}, async (api) => {
      const data = { productId: 'desk', quantity: 1, customer: 'Retrying partner' };
      const answers = await Promise.all(Array.from({ length: 6 }, () => api.reserve('partner-retry-0001', data)));
      const ids = new Set<string>();
      for (const answer of answers) {
        expect(answer.status).toBe(201);
        ids.add((await answer.json()).reservation.id);
      }
      expect(ids.size).toBe(1);
      expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(5);
      expect(await api.stock('desk')).toBe(9);
    });
  });

  test('an attacker replaying a used Idempotency-Key with another order is refused with 422', async ({ app }) => {
    await onFreshStock(app, {}, async (api) => {
      expect((await api.reserve('partner-replay-0001', { productId: 'lamp', quantity: 1, customer: 'First order' })).status).toBe(201);
      const replay = await api.reserve('partner-replay-0001', { productId: 'desk', quantity: 1, customer: 'First order' });
      expect(replay.status).toBe(422);
      expect((await replay.json()).error.code).toBe('idempotency_key_reused');
      expect((await api.reserve('no spaces allowed', { productId: 'desk', quantity: 1, customer: 'Sloppy partner' })).status).toBe(400);
      expect(await api.stock('desk')).toBe(10);
    });
  });

  test('a partner told 409 learns how many are left', async ({ app }) => {
    await onFreshStock(app, {}, async (api) => {
      const answer = await api.reserve(undefined, { productId: 'chair', quantity: 4, customer: 'Greedy partner' });
      expect(answer.status).toBe(409);
      expect((await answer.json()).error).toEqual({ code: 'out_of_stock', message: 'Only 3 Office chair left.', available: 3 });
    });
  });

  test('a reservation that is not checked out in time gives its stock back', async ({ app }) => {
    test.setTimeout(60_000); // waits out a 6 s hold on purpose
    await onFreshStock(app, { RESERVATION_HOLD_SECONDS: '6' }, async (api) => {
      const held = await api.reserve('hoarder-0001', { productId: 'chair', quantity: 3, customer: 'Hoarder' });
      expect(held.status).toBe(201);
      expect((await held.json()).reservation.status).toBe('held');
      expect(await api.stock('chair')).toBe(0);
      await expect.poll(() => api.stock('chair'), { timeout: 20_000 }).toBe(3);
      // A retry of the expired reservation says so: the partner does not hold that stock any more.
      const retried = await api.reserve('hoarder-0001', { productId: 'chair', quantity: 3, customer: 'Hoarder' });
      expect((await retried.json()).reservation.status).toBe('released');
      // The released stock can be reserved again, and the release is written for good.
      expect((await api.reserve(undefined, { productId: 'chair', quantity: 3, customer: 'Next customer' })).status).toBe(201);
      expect(await api.stock('chair')).toBe(0);
    });
  });
});
