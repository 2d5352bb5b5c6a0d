import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { attackerServer, rawRequest } from './attack';
import { captureActionRequest, expect, startNext, test, withServer } from './fixture';

import { expectCheckPageOff, failedChecks } from './check-page';
import { checks } from '../../examples/secrets/lib/checks';

test.use({ exampleId: 'secrets' });

const demoKey = 'demo-key-only-valid-for-the-fake-provider';
// Ways to tell the app it is reached at another origin: a forged Host, or the headers a proxy would add.
const forgedOrigins = (host: string): Record<string, string>[] => [
  { Host: host },
  { Host: host, 'X-Forwarded-Proto': 'http' },
  { 'X-Forwarded-Host': host, 'X-Forwarded-Proto': 'http' },
  { 'X-Forwarded-Proto': 'https' },
];

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

test('an action cannot be pointed at another host', async ({ page, app }) => {
  await page.goto('/action');
  await page.getByLabel('City').fill('Lisbon');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Look up' }).click());
  await expect(page.getByRole('status')).toHaveText('Lisbon, Portugal: 38.72, -9.14');
  const attacker = await attackerServer();
  try {
    for (const forged of forgedOrigins(attacker.host)) {
      // No Origin header: a script, not a browser, so nothing compares it with the forged Host.
      const replay = await rawRequest(app.url, new URL(call.url).pathname, { method: 'POST', headers: { ...call.headers, ...forged }, body: call.body ?? undefined });
      expect(replay.status, JSON.stringify(forged)).toBe(200);
      expect(replay.text, JSON.stringify(forged)).toContain('"country":"Portugal"');
    }
    expect(attacker.requests, 'requests (and Authorization headers) the attacker received').toEqual([]);
  } finally {
    await attacker.close();
  }
});

test('a Route Handler cannot be pointed at another host', async ({ app }) => {
  const attacker = await attackerServer();
  try {
    for (const forged of forgedOrigins(attacker.host)) {
      const answer = await rawRequest(app.url, '/api/cities?name=Osaka', { headers: forged });
      expect(answer.status, JSON.stringify(forged)).toBe(200);
      expect(JSON.parse(answer.text).place, JSON.stringify(forged)).toEqual({ name: 'Osaka', country: 'Japan', lat: 34.69, lon: 135.5 });
    }
    expect(attacker.requests, 'requests (and Authorization headers) the attacker received').toEqual([]);
  } finally {
    await attacker.close();
  }
});

test('a configured provider gets only its configured key, and the app refuses to run without one', async ({ app }) => {
  test.setTimeout(90_000);
  const provider = await attackerServer();
  const providerUrl = `http://${provider.host}/v1/geocode`;
  try {
    const withoutKey = await startNext(app.dir, { GEO_PROVIDER_URL: providerUrl });
    try {
      expect((await rawRequest(withoutKey.url, '/api/cities?name=Osaka')).status).toBe(500);
      expect(withoutKey.output()).toContain('GEO_API_KEY');
    } finally {
      withoutKey.stop();
    }
    expect(provider.requests).toEqual([]);

    const withKey = await startNext(app.dir, { GEO_PROVIDER_URL: providerUrl, GEO_API_KEY: 'sk_live_from_the_environment' });
    try {
      // The stand-in provider answers {"stolen":true}, which is not a place: the app says the provider failed.
      const answer = await rawRequest(withKey.url, '/api/cities?name=Osaka', { headers: { Host: 'attacker.example' } });
      expect(answer.status).toBe(502);
    } finally {
      withKey.stop();
    }
    expect(provider.requests.map((r) => [r.url, r.headers.authorization])).toEqual([['/v1/geocode?q=Osaka', 'Bearer sk_live_from_the_environment']]);
  } finally {
    await provider.close();
  }
});

test('an attacker cannot crash the action with arguments that are not a form', async ({ page, request }) => {
  await page.goto('/action');
  await page.getByLabel('City').fill('Quito');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Look up' }).click());
  const { 'content-type': _multipartWithItsBoundary, ...headers } = call.headers;
  const answer = await request.post(call.url, { headers, multipart: { '0': '[null,"x"]' } });
  expect(answer.status()).toBe(200);
  expect(await answer.text()).toContain('Send the lookup form.');
});

test('the check page, with course tools on, reports every check passed', async ({ page, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: 'on' }, async (server) => {
    expect(await failedChecks(page, server.url, checks)).toEqual([]);
  });
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  await expectCheckPageOff(request, app.url, checks);
});

test.describe('the paid key behind a public lookup', () => {
  /** A stand-in provider: answers every question with a place after `delayMs` (never, when null), and counts them. */
  async function providerThat(delayMs: number | null) {
    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(new URL(req.url ?? '/', 'http://provider').searchParams.get('q') ?? '');
      if (delayMs === null) return; // never answers
      setTimeout(() => res.end(JSON.stringify({ name: 'Lisbon', country: 'Portugal', lat: 38.72, lon: -9.14 })), delayMs);
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const { port } = server.address() as AddressInfo;
    return { env: { GEO_PROVIDER_URL: `http://127.0.0.1:${port}/v1/geocode`, GEO_API_KEY: 'sk_test_budget' }, asked, close: () => (server.closeAllConnections(), server.close()) };
  }

  test('a provider that never answers costs a visitor 5 seconds, not forever', async ({ app }) => {
    const provider = await providerThat(null);
    try {
      await withServer(app.dir, provider.env, async (server) => {
        const started = Date.now();
        const answer = await fetch(`${server.url}/api/cities?name=Lisbon`);
        expect(answer.status).toBe(502);
        expect(Date.now() - started).toBeLessThan(15_000);
      });
    } finally {
      provider.close();
    }
  });

  test('visitors asking for the same city again reach the paid provider once', async ({ app }) => {
    const provider = await providerThat(0);
    try {
      await withServer(app.dir, provider.env, async (server) => {
        for (const name of ['Lisbon', 'lisbon', ' LISBON ']) {
          expect((await fetch(`${server.url}/api/cities?name=${encodeURIComponent(name)}`)).status, name).toBe(200);
        }
      });
      expect(provider.asked).toEqual(['Lisbon']);
    } finally {
      provider.close();
    }
  });

  test('an attacker cycling through city names cannot spend more than the per-minute budget', async ({ app }) => {
    const provider = await providerThat(0);
    try {
      await withServer(app.dir, { ...provider.env, GEO_CALLS_PER_MINUTE: '5' }, async (server) => {
        const answers = [];
        for (let i = 0; i < 8; i++) answers.push(await fetch(`${server.url}/api/cities?name=Town${i}`));
        expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 503, 503, 503]);
        expect(answers[7]!.headers.get('retry-after')).toBe('60');
        // A cached city still answers while the budget is spent.
        expect((await fetch(`${server.url}/api/cities?name=Town0`)).status).toBe(200);
      });
      expect(provider.asked).toHaveLength(5);
    } finally {
      provider.close();
    }
  });
});
