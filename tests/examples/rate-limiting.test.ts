import { flood } from './attack';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { captureActionRequest, expect, withServer } from './fixture';
import { sendFrom, startForwardingProxy, test } from './forwarding-proxy';

// The app runs behind one proxy, as in production: the proxy appends the address that connected to it to
// X-Forwarded-For, and TRUSTED_PROXY_COUNT=1 tells the app to read that entry. Each test client connects from a
// loopback address of its own (sendFrom), so the proxy sees them as different clients.
test.use({ exampleId: 'rate-limiting', exampleEnv: { TRUSTED_PROXY_COUNT: '1' } });

const json = { 'Content-Type': 'application/json' };
/** A subscription sent through the proxy by client `from`, with whatever X-Forwarded-For the client writes. */
const subscribe = (base: string, from: number, email = 'reader@example.com', forwardedFor?: string) =>
  sendFrom(from, `${base}/api/subscribe`, {
    headers: forwardedFor ? { ...json, 'X-Forwarded-For': forwardedFor } : json,
    body: JSON.stringify({ email }),
  });

stackblitzBuildTest();

test('the sixth request from one address gets 429 with Retry-After; other addresses are unaffected', async ({ baseURL }) => {
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await subscribe(baseURL!, 1)).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200]);
  const limited = await subscribe(baseURL!, 1);
  expect(limited.status).toBe(429);
  const retryAfter = Number(limited.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(JSON.parse(limited.text).error.code).toBe('too_many_requests');
  expect((await subscribe(baseURL!, 2, 'other@example.com')).status).toBe(200);
});

test('bad input gets 400 or 422 and still counts against the limit', async ({ baseURL }) => {
  const post = (body: string) => sendFrom(3, `${baseURL}/api/subscribe`, { headers: json, body });
  expect((await post('{"email":')).status).toBe(400);
  expect((await post('{"email":"not-an-email"}')).status).toBe(422);
  expect((await post('{"email":42}')).status).toBe(422);
  expect((await post('{}')).status).toBe(422);
  const fifth = await post('{"email":"ok@example.com"}');
  expect(fifth.headers['ratelimit-remaining']).toBe('0');
  expect((await post('{"email":"ok@example.com"}')).status).toBe(429);
});

test.describe('in the browser', () => {
  // A browser connects from 127.0.0.1 only: each test gets its own server, so its own fresh limits.
  test.use({ ownServer: true });

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

  test('replayed action calls are limited too', async ({ page }) => {
    await page.goto('/action');
    await page.getByLabel('Email').fill('replay@example.com');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Subscribe' }).click());
    await expect(page.getByRole('status')).toHaveText('Subscribed replay@example.com.');
    // The replays come from the same address as the browser (127.0.0.1), through the same proxy.
    const bodies = [];
    for (let i = 0; i < 5; i++) {
      const response = await page.request.post(call.url, { headers: call.headers, data: call.body ?? undefined });
      bodies.push(await response.text());
    }
    expect(bodies.slice(0, 4).every((b) => b.includes('Subscribed replay@example.com.'))).toBe(true);
    expect(bodies[4]).toContain('Too many requests');
  });

  test('visitor on the Route Handler page sees the 429 message', async ({ page }) => {
    await page.goto('/handler');
    const status = page.getByRole('status');
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel('Email').fill(`handler${i}@example.com`);
      await page.getByRole('button', { name: 'Subscribe' }).click();
      await expect(status).toHaveText(`Subscribed handler${i}@example.com.`);
    }
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(status).toHaveText(/^Too many requests\. Try again in \d+ s\.$/);
  });
});

test.describe('attacks on the limit', () => {
  test('an attacker rotating X-Forwarded-For cannot escape the limit', async ({ baseURL }) => {
    const statuses = [];
    // The attacker writes a fresh address each time; the proxy appends the one it really saw.
    for (let i = 0; i < 6; i++) statuses.push((await subscribe(baseURL!, 20, 'target@example.com', `10.0.0.${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  test('an attacker forging a victim address in X-Forwarded-For cannot lock the victim out', async ({ baseURL }) => {
    const victim = 21;
    const attacker = 22;
    for (let i = 0; i < 6; i++) await subscribe(baseURL!, attacker, 'target@example.com', `127.0.0.${victim + 1}`);
    expect((await subscribe(baseURL!, attacker)).status).toBe(429);
    // The victim's own request, through the same proxy, is still allowed.
    expect((await subscribe(baseURL!, victim, 'victim@example.com')).status).toBe(200);
  });

  test('with no proxy configured, every client shares one limit, whatever X-Forwarded-For they write', async ({ app }) => {
    // TRUSTED_PROXY_COUNT unset: no entry of X-Forwarded-For can be trusted, so the app cannot tell clients apart
    // and keys everyone on one limit. Two clients writing their own X-Forwarded-For use it up together.
    const { TRUSTED_PROXY_COUNT: _configured, ...unset } = app.env;
    await withServer(app.dir, unset, async (server) => {
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await subscribe(server.url, 30 + (i % 2), 'direct@example.com', `10.1.0.${i}`)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      // Through a proxy it is no different while the app is not told to trust one.
      const proxy = await startForwardingProxy(server.url);
      try {
        expect((await subscribe(proxy.url, 32)).status).toBe(429);
      } finally {
        await proxy.close();
      }
    });
  });

  test('an attacker cannot tell from the answer whether an address is already subscribed', async ({ baseURL }) => {
    const first = await subscribe(baseURL!, 40, 'maybe@example.com');
    const again = await subscribe(baseURL!, 41, 'maybe@example.com');
    expect(again.status).toBe(first.status);
    expect(JSON.parse(again.text)).toEqual(JSON.parse(first.text));
  });

  test('an attacker sending text/plain or an endless body gets 415 or 413', async ({ baseURL }) => {
    const plain = await sendFrom(42, `${baseURL}/api/subscribe`, { headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ email: 'plain@example.com' }) });
    expect(plain.status).toBe(415);
    const answer = await flood(baseURL!, '/api/subscribe', { headers: json });
    expect(answer.status, answer.text).toBe(413);
    expect(answer.sentEverything).toBe(false);
  });
});
