import { stackblitzBuildTest } from './builds-like-stackblitz';
import { expect, test } from './fixture';

test.use({ exampleId: 'latency' });

type Api = import('@playwright/test').APIRequestContext;
const maxInFlight = async (request: Api) => (await (await request.get('/api/stats')).json()).maxInFlight as number;
const resetStats = async (request: Api) => expect((await request.delete('/api/stats')).status()).toBe(204);

stackblitzBuildTest();

for (const side of ['action', 'handler']) {
  test(`visitor times the three operations on the ${side} page and the write shows up`, async ({ page }) => {
    await page.goto(`/${side}`);
    await page.getByRole('button', { name: 'Time the three operations' }).click();
    const timings = page.getByRole('table', { name: 'Timings' });
    for (const name of ['No-op', 'Validated write', 'Write and show the updated page']) {
      await expect(timings.getByRole('row', { name: new RegExp(`^${name} \\d+ ms$`) })).toBeVisible();
    }
    await expect(page.getByRole('list', { name: 'Notes' })).toContainText('Timing a write with a refresh');
  });
}

test('five actions fired at once run one at a time on the server', async ({ page, request }) => {
  await resetStats(request);
  await page.goto('/action');
  await page.getByRole('button', { name: 'Fire five 100 ms calls at once' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Five calls finished after \d+, \d+, \d+, \d+, \d+ ms\.$/);
  expect(await maxInFlight(request)).toBe(1);
});

test('five handler calls fired at once run in parallel on the server', async ({ page, request }) => {
  await resetStats(request);
  await page.goto('/handler');
  await page.getByRole('button', { name: 'Fire five 100 ms calls at once' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Five calls finished after/);
  const seen = await maxInFlight(request);
  expect(seen).toBeGreaterThan(1);
  // Reading the count is a GET, and a GET changes nothing: a second read, or a crawler's, sees the same number.
  expect(await maxInFlight(request)).toBe(seen);
});

test('the write handler validates its input and answers with the right status', async ({ request }) => {
  expect((await request.post('/api/write', { data: { text: 'ok' } })).status()).toBe(201);
  expect((await request.post('/api/write', { data: { text: '' } })).status()).toBe(422);
  expect((await request.post('/api/write', { data: { text: 'x'.repeat(281) } })).status()).toBe(422);
  expect((await request.post('/api/write', { data: { text: 'ok', extra: 1 } })).status()).toBe(422);
  expect((await request.post('/api/write', { headers: { 'Content-Type': 'application/json' }, data: Buffer.from('{') })).status()).toBe(400);
  expect((await request.post('/api/write', { headers: { 'Content-Type': 'text/plain' }, data: '{"text":"ok"}' })).status()).toBe(415);
  expect((await request.post('/api/noop')).status()).toBe(204);
});

test('note ids never repeat, even after the list of kept notes is full', async ({ page, request }) => {
  const ids = new Set<number>();
  for (let i = 0; i < 60; i++) {
    const response = await request.post('/api/write', { data: { text: `note ${i}` } });
    expect(response.status()).toBe(201);
    ids.add((await response.json()).id);
  }
  expect(ids.size).toBe(60);
  // The handler side's "write and show the updated page" waits for the new id to appear: it must still finish.
  await page.goto('/handler');
  await page.getByRole('button', { name: 'Time the three operations' }).click();
  await expect(page.getByRole('table', { name: 'Timings' }).getByRole('row', { name: /^Write and show the updated page \d+ ms$/ })).toBeVisible();
});

for (const side of ['action', 'handler'] as const) {
  test(`a visitor whose ${side} call fails is told so, and can measure again`, async ({ page }) => {
    await page.goto(`/${side}`);
    // The network drops the first call of the run: a handler's fetch, or the action's POST to the page.
    const failing = side === 'handler' ? '**/api/noop' : (url: URL) => url.pathname === '/action';
    await page.route(failing, (route) => (route.request().method() === 'POST' ? route.abort('connectionreset') : route.fallback()), { times: 1 });
    const start = page.getByRole('button', { name: 'Time the three operations' });
    await start.click();
    await expect(page.getByRole('status')).toHaveText(/^The measurement stopped: .+\. Try again\.$/);
    await expect(start).toBeEnabled();
    await start.click();
    await expect(page.getByRole('table', { name: 'Timings' }).getByRole('row', { name: /^No-op \d+ ms$/ })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('');
  });
}

test('a visitor whose call never answers gets the buttons back after 10 s', async ({ page }) => {
  test.setTimeout(60_000); // waits out the page's 10 s limit on purpose
  await page.goto('/handler');
  await page.route('**/api/slow', () => undefined); // never answered
  const burst = page.getByRole('button', { name: 'Fire five 100 ms calls at once' });
  await burst.click();
  await expect(burst).toBeDisabled();
  await expect(page.getByRole('status')).toHaveText('The measurement stopped: no answer within 10 s. Try again.', { timeout: 20_000 });
  await expect(burst).toBeEnabled();
});
