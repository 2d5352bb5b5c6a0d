import { createHmac } from 'node:crypto';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { attackerServer, flood, rawRequest } from './attack';
import { captureActionRequest, expect, test, withServer, withTwoInstances } from './fixture';

import { expectCheckPageOff, failedChecks } from './check-page';
import { checks } from '../../examples/webhooks/lib/checks';

// `next start` refuses the public demo secret, so the tests configure one of their own.
const secret = 'whsec_test_only_3c9d1e7a';
test.use({ exampleId: 'webhooks', exampleEnv: { WEBHOOK_SECRET: secret, COURSE_TOOLS: 'on' } });
// COURSE_TOOLS=on: the test-event button and the check page are course tools, off under `next start` unless turned on.
const now = () => Math.floor(Date.now() / 1000);
const signature = (body: string, t = now(), key = secret) =>
  `t=${t},v1=${createHmac('sha256', key).update(`${t}.${body}`).digest('hex')}`;
const sentMessage = 'Sent a signed event; the webhook accepted it.';
const event = (id: string) => JSON.stringify({ id: `evt_${id}`, type: 'payment.succeeded', data: { paymentId: `pay_${id}`, amount: 1234, currency: 'eur' } });

type Api = import('@playwright/test').APIRequestContext;
const payments = async (request: Api): Promise<{ eventId: string }[]> => (await (await request.get('/api/payments')).json()).payments;
const deliver = (request: Api, body: string, headers: Record<string, string>) =>
  request.post('/api/webhooks/payments', { headers: { 'Content-Type': 'application/json', ...headers }, data: Buffer.from(body) });

stackblitzBuildTest();

test('provider delivers a signed event and it is recorded once, even when retried', async ({ request }) => {
  const body = event('abc123xyz');
  const first = await deliver(request, body, { 'Webhook-Signature': signature(body) });
  expect(first.status()).toBe(200);
  expect(await first.json()).toEqual({ received: true, duplicate: false });
  const retry = await deliver(request, body, { 'Webhook-Signature': signature(body) });
  expect(await retry.json()).toEqual({ received: true, duplicate: true });
  expect((await payments(request)).filter((p) => p.eventId === 'evt_abc123xyz')).toHaveLength(1);
});

test('forged, stale, missing or broken signatures get 400 and nothing is recorded', async ({ request }) => {
  const before = await payments(request);
  const body = event('forged0001');
  const cases: [string, string, Record<string, string>][] = [
    ['missing_signature', body, {}],
    ['malformed_signature', body, { 'Webhook-Signature': 'v1=nothex' }],
    ['invalid_signature', body, { 'Webhook-Signature': signature(body, now(), 'whsec_wrong') }],
    ['invalid_signature', body.replace('1234', '999999'), { 'Webhook-Signature': signature(body) }],
    ['timestamp_out_of_tolerance', body, { 'Webhook-Signature': signature(body, now() - 600) }],
    ['invalid_json', '{"id": "evt_', { 'Webhook-Signature': signature('{"id": "evt_') }],
    ['invalid_event', '{"id":"evt_shape01","type":"refund.created"}', { 'Webhook-Signature': signature('{"id":"evt_shape01","type":"refund.created"}') }],
  ];
  for (const [code, payload, headers] of cases) {
    const response = await deliver(request, payload, headers);
    expect(response.status(), code).toBe(400);
    expect((await response.json()).error.code, code).toBe(code);
  }
  expect(await payments(request)).toEqual(before);
});

test('visitor sends a signed test event from the Server Action button', async ({ page }) => {
  await page.goto('/action');
  await expect(page.getByRole('heading', { name: 'Why a Server Action cannot receive a webhook' })).toBeVisible();
  const payments = page.getByRole('list', { name: 'Payments' });
  const before = await payments.getByRole('listitem').count();
  await page.getByRole('button', { name: 'Send a signed test event' }).click();
  await expect(page.getByRole('status')).toHaveText(sentMessage);
  await expect(payments.getByRole('listitem')).toHaveCount(before + 1);
});

test('a provider posting its JSON to the action page reaches no action', async ({ page, request }) => {
  await page.goto('/action');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Send a signed test event' }).click());
  await expect(page.getByRole('status')).toHaveText(sentMessage);
  const before = await payments(request);
  const body = event('wrongdoor1');
  // What a provider would send: its JSON and signature, no Next-Action header.
  const response = await request.post(call.url, { headers: { 'Content-Type': 'application/json', 'Webhook-Signature': signature(body) }, data: Buffer.from(body) });
  expect(response.headers()['content-type']).not.toContain('application/json');
  expect(await payments(request)).toEqual(before);
});

test('an attacker cannot record a payment with the test-event action on a production server', async ({ page, playwright, app }) => {
  // The call as the button sends it, captured where course tools are on, then replayed to a production server of the
  // same build (the same action id).
  await page.goto('/action');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Send a signed test event' }).click());
  await expect(page.getByRole('status')).toHaveText(sentMessage);
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: '' }, async (server) => {
    const production = await playwright.request.newContext({ baseURL: server.url });
    const replayed = await production.post(call.url.replace(app.url, server.url), { headers: call.headers, data: call.body ?? '' });
    expect(await replayed.text()).toContain('Test events are off on a production server.');
    expect(await payments(production)).toEqual([]);
    await page.goto(`${server.url}/action`);
    await expect(page.getByText('The test-event button is a course tool')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send a signed test event' })).toHaveCount(0);
    await production.dispose();
  });
});

test('the send-test-event script from the README delivers an event', async ({ app, request }) => {
  const { spawnSync } = await import('node:child_process');
  const before = (await payments(request)).length;
  const run = spawnSync(process.execPath, ['scripts/send-test-event.mjs', app.url], {
    cwd: app.dir,
    encoding: 'utf8',
    env: { ...process.env, WEBHOOK_SECRET: secret },
  });
  expect(run.stdout).toContain('200 {"received":true,"duplicate":false}');
  expect((await payments(request)).length).toBe(before + 1);
});

test('the test-event action cannot be pointed at another host', async ({ page, app, request }) => {
  await page.goto('/action');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Send a signed test event' }).click());
  await expect(page.getByRole('status')).toHaveText(sentMessage);
  const attacker = await attackerServer();
  const closedPort = attacker.host.replace(/:\d+$/, ':9');
  try {
    const before = (await payments(request)).length;
    const forgeries: Record<string, string>[] = [
      { Host: attacker.host },
      { Host: attacker.host, 'X-Forwarded-Proto': 'http' },
      { 'X-Forwarded-Host': attacker.host, 'X-Forwarded-Proto': 'http' },
      { 'X-Forwarded-Proto': 'https' },
      // A port scanner's probe: with the target taken from Host, the answer said whether port 9 was open.
      { Host: closedPort },
    ];
    for (const forged of forgeries) {
      // No Origin header: a script, not a browser, so nothing compares it with the forged Host.
      const replay = await rawRequest(app.url, new URL(call.url).pathname, { method: 'POST', headers: { ...call.headers, ...forged }, body: call.body ?? undefined });
      expect(replay.status, JSON.stringify(forged)).toBe(200);
      expect(replay.text, JSON.stringify(forged)).toContain(sentMessage);
    }
    expect(attacker.requests, 'requests (and signed events) the attacker received').toEqual([]);
    expect((await payments(request)).length).toBe(before + forgeries.length);
  } finally {
    await attacker.close();
  }
});

const chunked = { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' };
const wellFormed = () => ({ 'Webhook-Signature': signature('{"a body that will never match":true}') });

test('an attacker without a well-formed, recent signature cannot make the webhook read a body at all', async ({ app }) => {
  const headers: Record<string, string>[] = [{}, { 'Webhook-Signature': 'v1=nothex' }, { 'Webhook-Signature': signature('{}', now() - 600) }];
  for (const header of headers) {
    const answer = await flood(app.url, '/api/webhooks/payments', { headers: { ...chunked, ...header }, upTo: 32 * 1024 * 1024 });
    expect(answer.status, JSON.stringify(header)).toBe(400);
    expect(answer.sentEverything, JSON.stringify(header)).toBe(false);
  }
});

test('an attacker declaring a huge body with a well-formed signature is refused before sending it', async ({ app }) => {
  const answer = await flood(app.url, '/api/webhooks/payments', { headers: { 'Content-Type': 'application/json', ...wellFormed() }, declare: 300 * 1024 * 1024, upTo: 64 * 1024 });
  expect(answer.status, answer.text).toBe(413);
});

test('an attacker streaming an endless body with a well-formed signature gets 413 before the end', async ({ app }) => {
  const answer = await flood(app.url, '/api/webhooks/payments', { headers: { ...chunked, ...wellFormed() } });
  expect(answer.status, answer.text).toBe(413);
  expect(answer.sentEverything).toBe(false);
  expect(answer.bytesSent).toBeLessThan(8 * 1024 * 1024);
});

test('a signed body that is not declared as JSON gets 415 and is not recorded', async ({ request }) => {
  const before = await payments(request);
  const body = event('plaintext1');
  const response = await deliver(request, body, { 'Content-Type': 'text/plain', 'Webhook-Signature': signature(body) });
  expect(response.status()).toBe(415);
  expect((await response.json()).error.code).toBe('unsupported_media_type');
  expect(await payments(request)).toEqual(before);
});

test('the check page reports every check passed', async ({ page, app }) => {
  expect(await failedChecks(page, app.url, checks)).toEqual([]);
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  // This file's server runs with course tools on (the test-event button is one); a production server has them off.
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: '' }, async (server) => {
    await expectCheckPageOff(request, server.url, checks);
  });
});

test('a production server without WEBHOOK_SECRET refuses events signed with the public demo secret', async ({ app }) => {
  await withServer(app.dir, { WEBHOOK_SECRET: '' }, async (server) => {
    const body = event('demosecret1');
    const response = await fetch(`${server.url}/api/webhooks/payments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Webhook-Signature': signature(body, now(), 'whsec_demo_5b1f0c8e') },
      body,
    });
    expect(response.status).toBe(500);
    await expect.poll(() => server.output()).toContain('WEBHOOK_SECRET is not set');
    expect((await (await fetch(`${server.url}/api/payments`)).json()).payments).toEqual([]);
  });
});

test('a provider delivering one event to both instances at once gets it recorded once', async ({ app }) => {
  await withTwoInstances(app, async ([one, two]) => {
    const body = event('bothinstances01');
    const post = (server: { url: string }) =>
      fetch(`${server.url}/api/webhooks/payments`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Webhook-Signature': signature(body) }, body });
    const answers = await Promise.all([post(one), post(two), post(one), post(two)].map(async (r) => (await r).json()));
    expect(answers.filter((a) => a.duplicate === false), JSON.stringify(answers)).toHaveLength(1);
    expect(answers.filter((a) => a.duplicate === true)).toHaveLength(3);
    for (const server of [one, two]) {
      const recorded = (await (await fetch(`${server.url}/api/payments`)).json()).payments as { eventId: string }[];
      expect(recorded.filter((p) => p.eventId === 'evt_bothinstances01'), server.url).toHaveLength(1);
    }
  });
});

test('an attacker replaying a captured delivery after a restart gets it recorded once', async ({ app }) => {
  const body = event('afterrestart01');
  const headers = { 'Content-Type': 'application/json', 'Webhook-Signature': signature(body) };
  const env = { ...app.env, DATABASE_FILE: `${app.databaseFile}.restart.db` };
  await withServer(app.dir, env, async (before) => {
    expect(await (await fetch(`${before.url}/api/webhooks/payments`, { method: 'POST', headers, body })).json()).toEqual({ received: true, duplicate: false });
  });
  await withServer(app.dir, env, async (after) => {
    expect(await (await fetch(`${after.url}/api/webhooks/payments`, { method: 'POST', headers, body })).json()).toEqual({ received: true, duplicate: true });
  });
});

test('during a secret rotation the provider signs with both secrets, and either order is accepted', async ({ request }) => {
  const t = now();
  for (const [n, order] of [['1', 'new-first'], ['2', 'old-first']] as const) {
    const body = event(`rotation000${n}`);
    const withNew = signature(body, t).split(',v1=')[1]!;
    const withOld = signature(body, t, 'whsec_retired_secret_11aa').split(',v1=')[1]!;
    const header = order === 'new-first' ? `t=${t},v1=${withNew},v1=${withOld}` : `t=${t},v1=${withOld},v1=${withNew}`;
    const answer = await deliver(request, body, { 'Webhook-Signature': header });
    expect(answer.status(), order).toBe(200);
  }
  // Every v1 must still be well-formed, and none of two forged ones passes.
  const body = event('rotation0003');
  const forged = signature(body, t, 'whsec_attacker').split(',v1=')[1]!;
  expect((await deliver(request, body, { 'Webhook-Signature': `t=${t},v1=${forged},v1=${forged}` })).status()).toBe(400);
  expect((await deliver(request, body, { 'Webhook-Signature': `t=${t},v1=${signature(body, t).split(',v1=')[1]},v1=nothex` })).status()).toBe(400);
});
