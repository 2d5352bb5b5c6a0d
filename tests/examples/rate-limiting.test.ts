import { flood } from './attack';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, startNext, test } from './fixture';

// The tests play one trusted proxy: each request's X-Forwarded-For ends with the address "the proxy saw".
test.use({ exampleId: 'rate-limiting', exampleEnv: { TRUSTED_PROXY_COUNT: '1' } });

stackblitzBuildTest();

test('the sixth request from one address gets 429 with Retry-After; other addresses are unaffected', async ({ request }) => {
  const from = (ip: string, email = 'reader@example.com') =>
    request.post('/api/subscribe', { headers: { 'X-Forwarded-For': ip }, data: { email } });
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await from('198.51.100.1')).status());
  expect(statuses).toEqual([200, 200, 200, 200, 200]);
  const limited = await from('198.51.100.1');
  expect(limited.status()).toBe(429);
  const retryAfter = Number(limited.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect((await limited.json()).error.code).toBe('too_many_requests');
  expect((await from('198.51.100.2', 'other@example.com')).status()).toBe(200);
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
    expect(bodies.slice(0, 4).every((b) => b.includes('Subscribed replay@example.com.'))).toBe(true);
    expect(bodies[4]).toContain('Too many requests');
  });

  test('visitor on the Route Handler page sees the 429 message', async ({ page }) => {
    await page.goto('/handler');
    await page.getByLabel('Email').fill('handler@example.com');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Too many requests\. Try again in \d+ s\.$/);
  });
});

test.describe('attacks on the limit', () => {
  const subscribe = (request: import('@playwright/test').APIRequestContext, forwardedFor: string, email = 'target@example.com') =>
    request.post('/api/subscribe', { headers: { 'X-Forwarded-For': forwardedFor }, data: { email } });

  test('an attacker rotating X-Forwarded-For cannot escape the limit', async ({ request }) => {
    const statuses = [];
    // The attacker writes a fresh address each time; the proxy appends the one it really saw.
    for (let i = 0; i < 6; i++) statuses.push((await subscribe(request, `10.0.0.${i}, 198.51.100.20`)).status());
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  test('an attacker forging a victim address in X-Forwarded-For cannot lock the victim out', async ({ request }) => {
    for (let i = 0; i < 6; i++) await subscribe(request, '203.0.113.77, 198.51.100.21');
    expect((await subscribe(request, '198.51.100.21')).status()).toBe(429);
    // The victim's own request, through the same proxy, is still allowed.
    expect((await subscribe(request, '203.0.113.77', 'victim@example.com')).status()).toBe(200);
  });

  test('with no proxy in front, a client writing X-Forwarded-For is limited by the address it connects from', async ({ app }) => {
    const bare = await startNext(app.dir, { TRUSTED_PROXY_COUNT: '0' });
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) {
        const response = await fetch(`${bare.url}/api/subscribe`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.1.0.${i}` },
          body: JSON.stringify({ email: 'direct@example.com' }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    } finally {
      bare.stop();
    }
  });

  test('an attacker cannot tell from the answer whether an address is already subscribed', async ({ request }) => {
    const first = await subscribe(request, '198.51.100.22', 'maybe@example.com');
    const again = await subscribe(request, '198.51.100.23', 'maybe@example.com');
    expect(again.status()).toBe(first.status());
    expect(await again.json()).toEqual(await first.json());
  });

  test('an attacker sending text/plain or an endless body gets 415 or 413', async ({ app }) => {
    const plain = await fetch(`${app.url}/api/subscribe`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-Forwarded-For': '198.51.100.24' },
      body: JSON.stringify({ email: 'plain@example.com' }),
    });
    expect(plain.status).toBe(415);
    const answer = await flood(app.url, '/api/subscribe', { headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.25' } });
    expect(answer.status, answer.text).toBe(413);
    expect(answer.sentEverything).toBe(false);
  });
});
