import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, test } from './fixture';

test.use({ exampleId: 'rate-limiting' });

stackblitzBuildTest();

test('the sixth request from one address gets 429 with Retry-After; other addresses are unaffected', async ({ request }) => {
  const from = (ip: string, email = 'reader@example.com') =>
    request.post('/api/subscribe', { headers: { 'X-Forwarded-For': ip }, data: { email } });
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await from('198.51.100.1')).status());
  expect(statuses).toEqual([201, 200, 200, 200, 200]);
  const limited = await from('198.51.100.1');
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect((await limited.json()).error.code).toBe('too_many_requests');
  expect((await from('198.51.100.2', 'other@example.com')).status()).toBe(201);
});

test('bad input gets 400 or 422 and still counts against the limit', async ({ request }) => {
  const headers = { 'X-Forwarded-For': '198.51.100.3' };
  expect((await request.post('/api/subscribe', { headers: { ...headers, 'Content-Type': 'application/json' }, data: Buffer.from('{"email":') })).status()).toBe(400);
  expect((await request.post('/api/subscribe', { headers, data: { email: 'not-an-email' } })).status()).toBe(422);
  expect((await request.post('/api/subscribe', { headers, data: { email: 42 } })).status()).toBe(422);
  expect((await request.post('/api/subscribe', { headers, data: {} })).status()).toBe(422);
  const fifth = await request.post('/api/subscribe', { headers, data: { email: 'ok@example.com' } });
  expect(fifth.headers()['ratelimit-remaining']).toBe('0');
  expect((await request.post('/api/subscribe', { headers, data: { email: 'ok@example.com' } })).status()).toBe(429);
});

test.describe('from one browser address', () => {
  test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.50' } });

  test('visitor is told "too many requests" by the Server Action after five attempts', async ({ page }) => {
    await page.goto('/action');
    const status = page.getByRole('status');
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel('Email').fill(`fan${i}@example.com`);
      await page.getByRole('button', { name: 'Subscribe' }).click();
      await expect(status).toHaveText(`Subscribed fan${i}@example.com.`);
    }
    await page.getByLabel('Email').fill('fan6@example.com');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(status).toHaveText(/^Too many requests\. Try again in \d+ s\.$/);
  });
});

test.describe('from another browser address', () => {
  test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.60' } });

  test('replayed action calls are limited too', async ({ page, request }) => {
    await page.goto('/action');
    await page.getByLabel('Email').fill('replay@example.com');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Subscribe' }).click());
    await expect(page.getByRole('status')).toHaveText('Subscribed replay@example.com.');
    const bodies = [];
    for (let i = 0; i < 5; i++) {
      const response = await request.post(call.url, { headers: { ...call.headers, 'X-Forwarded-For': '203.0.113.60' }, data: call.body ?? undefined });
      bodies.push(await response.text());
    }
    expect(bodies.slice(0, 4).every((b) => b.includes('was already subscribed'))).toBe(true);
    expect(bodies[4]).toContain('Too many requests');
  });

  test('visitor on the Route Handler page sees the 429 message', async ({ page }) => {
    await page.goto('/handler');
    await page.getByLabel('Email').fill('handler@example.com');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Too many requests\. Try again in \d+ s\.$/);
  });
});
