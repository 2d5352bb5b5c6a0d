import { SignJWT } from 'jose';
import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { actionForm, fieldPrefix, sendActionForm } from './action-form';
import { flood, rawRequest } from './attack';
import { captureActionRequest, expect, test, withServer, withTwoInstances } from './fixture';
import { expectCheckPageOff, failedChecks } from './check-page';
import { checks } from '../../examples/auth/lib/checks';

// The production server (`next start`) refuses to run sessions without its own secret, so the tests give it one.
// Knowing it lets the attack tests sign tokens the way an attacker who stole it could, and prove the other checks.
const sessionSecret = 'test-only-session-secret-0123456789abcdef';
test.use({ exampleId: 'auth', exampleEnv: { SESSION_SECRET: sessionSecret, COURSE_TOOLS: 'on' } });
// COURSE_TOOLS=on: the demo users and the check page are course tools, off under `next start` unless turned on.

const json = { 'Content-Type': 'application/json' };
// `next start` is production, where the cookie's name carries the __Host- prefix (lib/session.ts).
const cookieName = '__Host-session';
/** The browser's session cookie under either name, so a test also sees a cookie left under the wrong one. */
const sessionCookieIn = async (page: Page) => (await page.context().cookies()).find((c) => c.name === cookieName || c.name === 'session');
const signInAs = (request: APIRequestContext, username: string, password = `${username}-demo-password`) =>
  request.post('/api/session', { data: { username, password } });

/** The session token from a sign-in answer's Set-Cookie header. */
const tokenOf = (response: APIResponse) => /(?:^|\n)(?:__Host-)?session=([^;]+)/.exec(response.headers()['set-cookie'] ?? '')?.[1] ?? '';

const withToken = (token: string) => ({ Cookie: `${cookieName}=${token}` });

/** A fresh HTTP client signed in as one of the demo users (it keeps the cookie, like a browser). */
async function clientOf(playwright: { request: { newContext: (options: { baseURL: string }) => Promise<APIRequestContext> } }, baseURL: string, username: string) {
  const client = await playwright.request.newContext({ baseURL });
  expect((await signInAs(client, username)).status()).toBe(200);
  return client;
}

const noteTexts = async (client: APIRequestContext) => ((await (await client.get('/api/notes')).json()).notes as { text: string }[]).map((n) => n.text);

stackblitzBuildTest();

test('visitor signs in, adds a note and signs out with Server Actions', async ({ page }) => {
  await page.goto('/action');
  await page.getByLabel('Username').fill('ada');
  await page.getByLabel('Password').fill('not-her-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('status')).toHaveText('Wrong username or password.');
  await expect(page.getByLabel('Username')).toHaveValue('ada');

  await page.getByLabel('Password').fill('ada-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The action set the cookie, and Next.js rendered the page again in the same answer.
  await expect(page.getByText('Signed in as Ada.')).toBeVisible();
  const cookie = await sessionCookieIn(page);
  expect(cookie).toMatchObject({ name: cookieName, httpOnly: true, sameSite: 'Lax', path: '/', secure: true });
  expect(cookie!.expires * 1000).toBeGreaterThan(Date.now() + 60 * 60 * 1000);

  await page.getByLabel('New note').fill('Water the plants (action)');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('status')).toHaveText('Note added.');
  await expect(page.getByRole('list', { name: 'My notes' })).toContainText('Water the plants (action)');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await sessionCookieIn(page)).toBeUndefined();
});

test('visitor signs in, adds a note and signs out through the Route Handlers', async ({ page }) => {
  await page.goto('/handler');
  await page.getByLabel('Username').fill('nobody');
  await page.getByLabel('Password').fill('whatever');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('status')).toHaveText('Wrong username or password.');

  await page.getByLabel('Username').fill('ada');
  await page.getByLabel('Password').fill('ada-demo-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as Ada.', { exact: true })).toBeVisible();
  const cookie = await sessionCookieIn(page);
  expect(cookie).toMatchObject({ name: cookieName, httpOnly: true, sameSite: 'Lax', path: '/', secure: true });

  await page.getByLabel('New note').fill('Call the plumber (handler)');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('status')).toHaveText('Note added.');
  await expect(page.getByRole('list', { name: 'My notes' })).toContainText('Call the plumber (handler)');

  // The session survives a reload: the browser sends the cookie and the handler checks it.
  await page.reload();
  await expect(page.getByRole('list', { name: 'My notes' })).toContainText('Call the plumber (handler)');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('Signed out.');
  expect(await sessionCookieIn(page)).toBeUndefined();
});

test('HTTP client signs in with JSON, reads and adds notes, and signs out', async ({ request }) => {
  const signIn = await signInAs(request, 'grace');
  expect(signIn.status()).toBe(200);
  expect(await signIn.json()).toEqual({ user: { id: 'usr_grace', name: 'Grace' } });
  // cookies().set in a Route Handler: every flag the lesson asks for.
  const setCookie = signIn.headers()['set-cookie']!;
  expect(setCookie).toMatch(/^__Host-session=[\w-]+\.[\w-]+\.[\w-]+; Path=\/; Expires=[^;]+; Secure; HttpOnly; SameSite=lax$/i);

  expect((await request.get('/api/session')).status()).toBe(200);
  const created = await request.post('/api/notes', { data: { text: 'Renew the passport' } });
  expect(created.status()).toBe(201);
  const { note } = await created.json();
  expect(created.headers().location).toBe(`/api/notes/${note.id}`);
  expect((await (await request.get(`/api/notes/${note.id}`)).json()).note.text).toBe('Renew the passport');
  expect(await noteTexts(request)).toContain('Renew the passport');

  const invalid = await request.post('/api/notes', { data: { text: '   ' } });
  expect(invalid.status()).toBe(422);
  expect((await request.post('/api/notes', { data: { text: 'x', ownerId: 'usr_ada' } })).status()).toBe(422);

  // cookies().delete in a Route Handler: the cookie comes back empty and already expired.
  const signOut = await request.delete('/api/session');
  expect(signOut.status()).toBe(204);
  expect(signOut.headers()['set-cookie']).toMatch(/^__Host-session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure; HttpOnly; SameSite=lax$/i);
  expect((await request.get('/api/notes')).status()).toBe(401);
  expect((await request.get('/api/session')).status()).toBe(401);
});

test('a page cannot set a cookie while it renders: Next.js throws and sends no cookie', async ({ request }) => {
  const response = await request.get('/server-component-cookie');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('Cookies can only be modified in a Server Action or Route Handler');
  expect(response.headers()['set-cookie']).toBeUndefined();
});

test('the check page reports every check passed, twice in a row', async ({ page, app }) => {
  expect(await failedChecks(page, app.url, checks)).toEqual([]);
  // A second run reuses the note the first one wrote.
  expect(await failedChecks(page, app.url, checks)).toEqual([]);
});

test('an attacker cannot run the check page on a production server', async ({ request, app }) => {
  // This file's server runs with course tools on (the demo users are one); a production server has them off.
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: '' }, async (server) => {
    await expectCheckPageOff(request, server.url, checks);
  });
});

test('an attacker cannot sign in with a published demo password on a production server', async ({ playwright, app }) => {
  await withServer(app.dir, { ...app.env, COURSE_TOOLS: '' }, async (server) => {
    const client = await playwright.request.newContext({ baseURL: server.url });
    const answer = await signInAs(client, 'ada');
    expect(answer.status()).toBe(401);
    expect(answer.headers()['set-cookie']).toBeUndefined();
    await client.dispose();
  });
});

test.describe('attacks', () => {
  test('a forged action call without a session cookie cannot add a note', async ({ page, request, playwright, app }) => {
    await page.goto('/action');
    await page.getByLabel('Username').fill('ada');
    await page.getByLabel('Password').fill('ada-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('New note').fill('Only once');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Add note' }).click());
    await expect(page.getByRole('status')).toHaveText('Note added.');

    // The same request from outside the browser: same action id, same body, no cookie. The page that hides the
    // form from signed-out readers is not involved at all.
    const forged = await request.post(call.url, { headers: call.headers, data: call.body });
    expect(forged.status()).toBe(200);
    expect(await forged.text()).toContain('Sign in first.');

    const ada = await clientOf(playwright, app.url, 'ada');
    expect((await noteTexts(ada)).filter((t) => t === 'Only once')).toHaveLength(1);
    await ada.dispose();
  });

  test('a tampered, expired, re-signed or alg:none session token is refused by handlers, actions and pages', async ({ request, page, app }) => {
    const real = tokenOf(await signInAs(request, 'ada'));
    const [header, , signature] = real.split('.');
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const forgedTokens = {
      // Grace's id in Ada's token: the signature no longer matches.
      tampered: `${header}.${b64({ sub: 'usr_grace', iat: now, exp: now + 3600 })}.${signature}`,
      // A token the server once signed, after its expiry.
      expired: await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('usr_ada').setIssuedAt(now - 7200).setExpirationTime(now - 60).sign(new TextEncoder().encode(sessionSecret)),
      // Signed with a secret the attacker made up.
      wrongSecret: await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('usr_ada').setExpirationTime('1h').sign(new TextEncoder().encode('attacker-chosen-secret-0123456789abcdef')),
      // "No signature needed": an unsigned token.
      algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'usr_ada', exp: now + 3600 })}.`,
      // The right secret with another algorithm: only HS256 is accepted.
      hs512: await new SignJWT({}).setProtectedHeader({ alg: 'HS512' }).setSubject('usr_ada').setExpirationTime('1h').sign(new TextEncoder().encode(sessionSecret)),
    };
    expect((await request.get('/api/notes', { headers: withToken(real) })).status()).toBe(200);
    for (const [name, token] of Object.entries(forgedTokens)) {
      expect((await request.get('/api/notes', { headers: withToken(token) })).status(), name).toBe(401);
      expect((await request.post('/api/notes', { headers: withToken(token), data: { text: name } })).status(), name).toBe(401);
    }

    // The page shows the sign-in form, and an action called with the forged cookie refuses too.
    // Domain and path, not url: Playwright would derive Secure from the url's http: and the browser refuse a __Host- cookie.
    await page.context().addCookies([{ name: cookieName, value: forgedTokens.algNone, domain: new URL(app.url).hostname, path: '/', secure: true }]);
    await page.goto('/action');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.context().clearCookies();
    await page.getByLabel('Username').fill('ada');
    await page.getByLabel('Password').fill('ada-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('New note').fill('Signed for real');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Add note' }).click());
    for (const [name, token] of Object.entries(forgedTokens)) {
      const replay = await request.post(call.url, { headers: { ...call.headers, ...withToken(token) }, data: call.body });
      expect(await replay.text(), name).toContain('Sign in first.');
    }
  });

  test('a session cookie planted by a sibling subdomain is ignored: the server reads only its __Host- cookie', async ({ playwright, app }) => {
    // A page on a sibling subdomain can set `session` for the parent domain (Domain=example.com), and the browser then
    // sends it here too. It cannot set a __Host- cookie. Here the attacker plants a valid session of their own, to sign
    // the victim in to the attacker's account and read whatever the victim writes there.
    const attacker = await playwright.request.newContext({ baseURL: app.url });
    const planted = `session=${tokenOf(await signInAs(attacker, 'grace'))}`;
    const victimsOwn = `${cookieName}=${tokenOf(await signInAs(attacker, 'ada'))}`;
    await attacker.dispose();
    const reader = await playwright.request.newContext({ baseURL: app.url });
    const as = async (cookie: string) => {
      const answer = await reader.get('/api/session', { headers: { Cookie: cookie } });
      return answer.status() === 200 ? ((await answer.json()) as { user: { name: string } }).user.name : answer.status();
    };
    expect(await as(planted)).toBe(401);
    // Beside the reader's own cookie, in either order, the planted one changes nothing.
    expect(await as(`${planted}; ${victimsOwn}`)).toBe('Ada');
    expect(await as(`${victimsOwn}; ${planted}`)).toBe('Ada');
    const note = await reader.post('/api/notes', { headers: { Cookie: `${planted}; ${victimsOwn}` }, data: { text: 'Diary, page 1' } });
    expect(note.status()).toBe(201);
    const page = await (await reader.get('/action', { headers: { Cookie: planted } })).text();
    expect(page).not.toContain('Signed in as Grace');
    await reader.dispose();
    const grace = await clientOf(playwright, app.url, 'grace');
    expect(await noteTexts(grace)).not.toContain('Diary, page 1');
    await grace.dispose();
  });

  test('a signed-in reader\'s cookie does not let another origin post: cross-site gets 403, text/plain gets 415', async ({ request }) => {
    const token = tokenOf(await signInAs(request, 'ada'));
    const before = await noteTexts(request);
    // SameSite=Lax keeps the cookie off cross-site POSTs, but a sibling subdomain is the same site: check Origin too.
    for (const origin of ['https://evil.example', 'https://other.127.0.0.1.example', 'null']) {
      const response = await request.post('/api/notes', { headers: { ...withToken(token), Origin: origin }, data: { text: `from ${origin}` } });
      expect(response.status(), origin).toBe(403);
    }
    const plain = await request.post('/api/notes', { headers: { ...withToken(token), 'Content-Type': 'text/plain' }, data: JSON.stringify({ text: 'simple request' }) });
    expect(plain.status()).toBe(415);
    // Signing the reader in to the attacker's account (login CSRF) is refused the same way.
    const loginCsrf = await request.post('/api/session', { headers: { Origin: 'https://evil.example' }, data: { username: 'grace', password: 'grace-demo-password' } });
    expect(loginCsrf.status()).toBe(403);
    expect(loginCsrf.headers()['set-cookie']).toBeUndefined();
    expect(await noteTexts(request)).toEqual(before);
  });

  test("another site's page is refused by what the browser says about it, even with no Origin", async ({ request }) => {
    const token = tokenOf(await signInAs(request, 'ada'));
    const before = await noteTexts(request);
    // Sec-Fetch-Site is set by the browser and cannot be changed by a page: cross-site and same-site (a sibling
    // subdomain) are refused whatever the other headers say.
    for (const site of ['cross-site', 'same-site']) {
      const response = await request.post('/api/notes', { headers: { ...withToken(token), 'Sec-Fetch-Site': site }, data: { text: `from ${site}` } });
      expect(response.status(), site).toBe(403);
    }
    expect(await noteTexts(request)).toEqual(before);
  });

  test("behind a proxy that rewrites Host, the reader's own page can still sign in and post, as actions can", async ({ app }) => {
    const behindProxy = { Host: 'app.internal:3000', 'X-Forwarded-Host': 'notes.example', 'Content-Type': 'application/json' };
    const signIn = await rawRequest(app.url, '/api/session', {
      method: 'POST',
      headers: { ...behindProxy, Origin: 'https://notes.example' },
      body: JSON.stringify({ username: 'ada', password: 'ada-demo-password' }),
    });
    expect(signIn.status, signIn.text).toBe(200);
    const token = String(signIn.headers['set-cookie']).match(/__Host-session=([^;]+)/)![1]!;
    const post = await rawRequest(app.url, '/api/notes', {
      method: 'POST',
      headers: { ...behindProxy, ...withToken(token), Origin: 'https://notes.example' },
      body: JSON.stringify({ text: 'Posted through the proxy' }),
    });
    expect(post.status, post.text).toBe(201);
    const foreign = await rawRequest(app.url, '/api/notes', {
      method: 'POST',
      headers: { ...behindProxy, ...withToken(token), Origin: 'https://evil.example' },
      body: JSON.stringify({ text: 'Posted from another site' }),
    });
    expect(foreign.status).toBe(403);
    const notes = (await rawRequest(app.url, '/api/notes', { headers: withToken(token) })).text;
    expect(notes).toContain('Posted through the proxy');
    expect(notes).not.toContain('Posted from another site');
  });

  test('an attacker guessing usernames gets the same answer, in about the same time, for an unknown user and a wrong password', async ({ request, page }) => {
    test.slow(); // sixteen timed bcrypt checks on a machine that may be busy
    const unknown = await signInAs(request, 'nobody', 'some-password');
    const wrong = await signInAs(request, 'ada', 'some-password');
    expect(unknown.status()).toBe(401);
    expect(wrong.status()).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());

    // Without the dummy hash, an unknown user would answer in a few milliseconds and a known one after a bcrypt
    // check. Load on the machine only ever adds time, so each side's fastest answer is closest to its real cost.
    const timed = async (username: string) => {
      const start = performance.now();
      await signInAs(request, username, 'some-password');
      return performance.now() - start;
    };
    const unknownTimes: number[] = [];
    const wrongTimes: number[] = [];
    for (let i = 0; i < 8; i++) {
      unknownTimes.push(await timed('nobody'));
      wrongTimes.push(await timed('ada'));
    }
    expect(Math.min(...unknownTimes)).toBeGreaterThan(Math.min(...wrongTimes) / 3);

    // The action says the same for both (a fresh page each time, so the message cannot be the previous one).
    const messages = [];
    for (const username of ['nobody', 'ada']) {
      await page.goto('/action');
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Password').fill('some-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('status')).not.toBeEmpty();
      messages.push(await page.getByRole('status').innerText());
    }
    expect(messages).toEqual(['Wrong username or password.', 'Wrong username or password.']);
  });

  test('a signed-in user cannot read another user\'s note by guessing its id', async ({ playwright, app }) => {
    const grace = await clientOf(playwright, app.url, 'grace');
    const { note } = await (await grace.post('/api/notes', { data: { text: 'Grace only' } })).json();
    expect((await grace.get(`/api/notes/${note.id}`)).status()).toBe(200);

    const ada = await clientOf(playwright, app.url, 'ada');
    const theirs = await ada.get(`/api/notes/${note.id}`);
    const missing = await ada.get('/api/notes/note_999999');
    expect(theirs.status()).toBe(404);
    expect(await theirs.json()).toEqual(await missing.json());
    expect(await noteTexts(ada)).not.toContain('Grace only');
    await Promise.all([grace.dispose(), ada.dispose()]);
  });

  test('an attacker sending a File or a forged argument list to the sign-in action gets an error and no cookie', async ({ page, request }) => {
    await page.goto('/action');
    await page.getByLabel('Username').fill('ada');
    await page.getByLabel('Password').fill('wrong-password');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Sign in' }).click());
    await expect(page.getByRole('status')).toHaveText('Wrong username or password.');

    const form = await actionForm(call);
    const prefix = fieldPrefix(form);
    form.set(`${prefix}password`, new File(['ada-demo-password'], 'password.txt', { type: 'text/plain' }));
    const withFile = await sendActionForm(request, call, form);
    expect(await withFile.text()).toContain('Enter a username and a password.');
    expect(withFile.headers()['set-cookie']).toBeUndefined();

    const forgedRoot = await actionForm(call);
    forgedRoot.set('0', JSON.stringify([null, { username: 'ada', password: 'ada-demo-password' }]));
    const forged = await sendActionForm(request, call, forgedRoot);
    expect(await forged.text()).toContain('Send the sign-in form.');
    expect(forged.headers()['set-cookie']).toBeUndefined();
  });

  test('an endless body is cut off with 413, at sign-in and at the notes handler', async ({ app, request }) => {
    const signIn = await flood(app.url, '/api/session', { headers: json });
    expect(signIn.status, signIn.text).toBe(413);
    expect(signIn.sentEverything).toBe(false);

    const token = tokenOf(await signInAs(request, 'ada'));
    const notes = await flood(app.url, '/api/notes', { headers: { ...json, ...withToken(token) } });
    expect(notes.status, notes.text).toBe(413);
    expect(notes.sentEverything).toBe(false);
  });

  test('a password longer than bcrypt\'s 72 bytes is refused before bcrypt, which would compare only its first 72 bytes', async ({ page, request }) => {
    // bcrypt reads at most 72 bytes: two passwords that share those would match the same hash. No account can have a
    // longer password, so a longer one is refused as invalid input, before any hash is checked.
    for (const password of [`ada-demo-password${'x'.repeat(60)}`, 'é'.repeat(40)]) {
      const answer = await signInAs(request, 'ada', password);
      expect(answer.status(), password).toBe(422);
      expect((await answer.json()).error.code).toBe('validation_failed');
    }
    // A huge password never reaches bcrypt: the handler stops reading at 1 KB, the action refuses it by length.
    expect((await signInAs(request, 'ada', 'x'.repeat(100_000))).status()).toBe(413);
    await page.goto('/action');
    await page.getByLabel('Username').fill('ada');
    await page.getByLabel('Password').fill('wrong-password');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Sign in' }).click());
    const form = await actionForm(call);
    form.set(`${fieldPrefix(form)}password`, 'x'.repeat(900_000));
    const huge = await sendActionForm(request, call, form);
    expect(await huge.text()).toContain('Enter a username and a password.');
    expect(huge.headers()['set-cookie']).toBeUndefined();
  });

  test('another site cannot sign the reader in or out through the actions: a cross-site or null Origin is refused', async ({ page, request, app }) => {
    await page.goto('/action');
    await page.getByLabel('Username').fill('grace');
    await page.getByLabel('Password').fill('grace-demo-password');
    const signIn = await captureActionRequest(page, () => page.getByRole('button', { name: 'Sign in' }).click());
    const signOut = await captureActionRequest(page, () => page.getByRole('button', { name: 'Sign out' }).click());
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

    // Login CSRF: the attacker's page posts its own credentials to sign the reader in to the attacker's account.
    // Next.js compares Origin with Host before it runs any action, and answers 500 (not a 4xx) when they differ.
    const token = tokenOf(await signInAs(request, 'ada'));
    for (const origin of ['https://evil.example', 'null']) {
      const forgedIn = await request.post(signIn.url, { headers: { ...signIn.headers, Origin: origin }, data: signIn.body });
      expect(forgedIn.status(), origin).toBe(500);
      expect(forgedIn.headers()['set-cookie'], origin).toBeUndefined();
      const forgedOut = await request.post(signOut.url, { headers: { ...signOut.headers, ...withToken(token), Origin: origin }, data: signOut.body });
      expect(forgedOut.status(), origin).toBe(500);
      expect(forgedOut.headers()['set-cookie'], origin).toBeUndefined();
    }
    // The same calls from the app's own origin work.
    const sameOrigin = await request.post(signIn.url, { headers: { ...signIn.headers, Origin: app.url }, data: signIn.body });
    expect(sameOrigin.headers()['set-cookie']).toMatch(/^__Host-session=[\w-]+\./);
  });

  test('a validly signed token for a user who does not exist is no session', async ({ request }) => {
    const ghost = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('usr_deleted').setExpirationTime('1h').sign(new TextEncoder().encode(sessionSecret));
    expect((await request.get('/api/session', { headers: withToken(ghost) })).status()).toBe(401);
    expect((await request.get('/api/notes', { headers: withToken(ghost) })).status()).toBe(401);
    expect((await request.post('/api/notes', { headers: withToken(ghost), data: { text: 'ghost' } })).status()).toBe(401);
  });

  test('a shared cache is told not to keep one reader\'s session or notes', async ({ request }) => {
    // Responses that depend on the cookie must not be served to the next visitor by a proxy or CDN cache.
    await signInAs(request, 'grace');
    const { note } = await (await request.post('/api/notes', { data: { text: 'Private' } })).json();
    for (const path of ['/api/session', '/api/notes', `/api/notes/${note.id}`]) {
      const answer = await request.get(path);
      expect(answer.status(), path).toBe(200);
      expect(answer.headers()['cache-control'], path).toMatch(/private.*no-store|no-store.*private/);
    }
  });

  test('a declared 300 MB sign-in body is refused before a byte of it is read', async ({ app }) => {
    const declared = await flood(app.url, '/api/session', { headers: json, declare: 300 * 1024 * 1024, upTo: 64 * 1024 });
    expect(declared.status, declared.text).toBe(413);
  });

  // Fills Ada's notes up to the cap: later tests that add notes sign in as someone else, or start a server of their own.
  test('a signed-in attacker cannot fill the database without bound by adding notes', async ({ request }) => {
    test.slow();
    await signInAs(request, 'ada');
    let answer: APIResponse | undefined;
    for (let i = 0; i <= 100; i++) {
      answer = await request.post('/api/notes', { data: { text: `note ${i}` } });
      if (answer.status() !== 201) break;
    }
    expect(answer!.status()).toBe(422);
    expect((await answer!.json()).error.message).toBe('You can keep at most 100 notes.');
    expect(await noteTexts(request)).toHaveLength(100);
  });

  test('a production server without SESSION_SECRET refuses to sign anyone in', async ({ app }) => {
    // Course tools on, so that the demo user exists and the refusal comes from the missing secret.
    await withServer(app.dir, { SESSION_SECRET: '', COURSE_TOOLS: 'on' }, async (bare) => {
      const response = await fetch(`${bare.url}/api/session`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: 'ada', password: 'ada-demo-password' }),
      });
      expect(response.status).toBe(500);
      expect(response.headers.get('set-cookie')).toBeNull();
      await expect.poll(() => bare.output()).toContain('SESSION_SECRET is not set');
    });
  });
});

test.describe('sessions that end', () => {
  const jtiOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).jti as string;

  test('an attacker replaying a session token copied before sign-out is refused by handlers and actions', async ({ request, page }) => {
    await page.goto('/action');
    await page.getByLabel('Username').fill('grace');
    await page.getByLabel('Password').fill('grace-demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('New note').fill('Before sign-out');
    const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Add note' }).click());
    await expect(page.getByText('Before sign-out')).toBeVisible();
    // What a thief copied while the session was live: the cookie's value.
    const copied = (await sessionCookieIn(page))!.value;
    expect((await request.get('/api/notes', { headers: withToken(copied) })).status()).toBe(200);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect((await request.get('/api/notes', { headers: withToken(copied) })).status()).toBe(401);
    expect((await request.post('/api/notes', { headers: withToken(copied), data: { text: 'after' } })).status()).toBe(401);
    expect(await (await request.post(call.url, { headers: { ...call.headers, ...withToken(copied) }, data: call.body })).text()).toContain('Sign in first.');
  });

  test('an attacker holding the signing secret still needs a live session row, and a token without an expiry is refused', async ({ request }) => {
    const real = tokenOf(await signInAs(request, 'grace'));
    const key = new TextEncoder().encode(sessionSecret);
    const forged = {
      // Every claim right, but a session id the server never issued.
      unknownSession: await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setJti('never-issued').setSubject('usr_grace').setExpirationTime('1h').sign(key),
      // The live session's id with another user's id.
      otherUser: await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setJti(jtiOf(real)).setSubject('usr_ada').setExpirationTime('1h').sign(key),
      // The live session, with no expiry at all.
      noExpiry: await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setJti(jtiOf(real)).setSubject('usr_grace').sign(key),
    };
    expect((await request.get('/api/notes', { headers: withToken(real) })).status()).toBe(200);
    for (const [name, token] of Object.entries(forged)) {
      expect((await request.get('/api/notes', { headers: withToken(token) })).status(), name).toBe(401);
    }
  });

  test('signing out on one instance ends the session on the other at once', async ({ app }) => {
    await withTwoInstances(app, async ([one, two]) => {
      const signIn = await fetch(`${one.url}/api/session`, { method: 'POST', headers: json, body: JSON.stringify({ username: 'ada', password: 'ada-demo-password' }) });
      const token = /(?:__Host-)?session=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '')![1]!;
      const notesOn = (server: { url: string }) => fetch(`${server.url}/api/notes`, { headers: withToken(token) }).then((r) => r.status);
      expect(await notesOn(two)).toBe(200);
      expect((await fetch(`${two.url}/api/session`, { method: 'DELETE', headers: withToken(token) })).status).toBe(204);
      expect(await notesOn(one)).toBe(401);
      expect(await notesOn(two)).toBe(401);
    });
  });
});
