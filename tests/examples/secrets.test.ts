import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, test } from './fixture';

test.use({ exampleId: 'secrets' });

const demoKey = 'sk_demo_9f3b7c1e5a2d';

stackblitzBuildTest();

test('visitor looks up a city with the Server Action', async ({ page }) => {
  await page.goto('/action');
  await page.getByLabel('City').fill('Osaka');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('status')).toHaveText('Osaka, Japan: 34.69, 135.5');
  await page.getByLabel('City').fill('Atlantis');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('status')).toHaveText('No city called “Atlantis”.');
  await page.getByLabel('City').fill('x');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('status')).toHaveText('Type at least 2 letters.');
});

test('visitor looks up a city through the Route Handler', async ({ page }) => {
  await page.goto('/handler');
  await page.getByLabel('City').fill('Quito');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(page.getByRole('status')).toHaveText('Quito, Ecuador: -0.18, -78.47');
});

test('HTTP client gets the right status for each outcome', async ({ request }) => {
  const ok = await request.get('/api/cities?name=lisbon');
  expect(ok.status()).toBe(200);
  expect((await ok.json()).place.name).toBe('Lisbon');
  expect((await request.get('/api/cities')).status()).toBe(400);
  expect((await request.get('/api/cities?name=x')).status()).toBe(400);
  expect((await request.get(`/api/cities?name=${'a'.repeat(61)}`)).status()).toBe(400);
  expect((await request.get('/api/cities?name=Atlantis')).status()).toBe(404);
});

test('the provider refuses callers without the key', async ({ request }) => {
  expect((await request.get('/api/fake-provider/v1/geocode?q=osaka')).status()).toBe(401);
  expect((await request.get('/api/fake-provider/v1/geocode?q=osaka', { headers: { Authorization: 'Bearer guess' } })).status()).toBe(401);
});

test('the key reaches the browser on neither side: not in HTML, scripts or responses', async ({ page, request }) => {
  // Bodies are collected as promises and awaited before asserting, so none is missed.
  const pending: Promise<string>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (/javascript|html|json|x-component/.test(type)) pending.push(response.text().catch(() => ''));
  });
  for (const path of ['/action', '/handler']) {
    await page.goto(path);
    await page.getByLabel('City').fill('Nairobi');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page.getByRole('status')).toHaveText('Nairobi, Kenya: -1.29, 36.82');
  }
  const seen = (await Promise.all(pending)).filter((body) => body !== '');
  expect(seen.length).toBeGreaterThan(5);
  for (const body of seen) expect(body).not.toContain(demoKey);

  const call = await captureActionRequest(page, async () => {
    await page.goto('/action');
    await page.getByLabel('City').fill('Lisbon');
    await page.getByRole('button', { name: 'Look up' }).click();
  });
  const replay = await request.post(call.url, { headers: call.headers, data: call.body ?? undefined });
  const text = await replay.text();
  expect(text).toContain('Lisbon');
  expect(text).not.toContain(demoKey);
});
