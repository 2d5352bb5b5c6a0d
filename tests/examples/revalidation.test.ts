import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { stackblitzBuildTest } from './builds-like-stackblitz';
import { actionForm, fieldPrefix, sendActionForm } from './action-form';
import { flood } from './attack';
import { captureActionRequest, expect, readExampleFile, test, withServer } from './fixture';

// Each worker's app gets its own CMS file, so the two targets never share content.
const cmsFile = join(tmpdir(), `revalidation-cms-${process.pid}.json`);
rmSync(cmsFile, { force: true });
// `next start` refuses the public demo secret, so the tests configure one of their own.
const secret = 'cms_test_only_2b8e4f10';
const editorPassword = 'editor-test-only-5d0c7a';
test.use({ exampleId: 'revalidation', exampleEnv: { CMS_DATA_FILE: cmsFile, REVALIDATE_SECRET: secret, EDITOR_PASSWORD: editorPassword, EDITOR_SESSION_SECRET: 'editor-session-test-only-91c4' } });
const cms = { Authorization: `Bearer ${secret}` };
type Article = { slug: string; title: string; body: string; updatedAt: string };

const seedFile = join(import.meta.dirname, '../../examples/revalidation/lib/seed-articles.json');
const cmsArticles = (): Article[] => JSON.parse(readFileSync(existsSync(cmsFile) ? cmsFile : seedFile, 'utf8'));

/** The CMS saves a new title for "welcome" in its own store: the app is not told. */
function editInCms(title: string) {
  const articles = cmsArticles().map((a) => (a.slug === 'welcome' ? { ...a, title, updatedAt: new Date().toISOString() } : a));
  writeFileSync(cmsFile, JSON.stringify(articles, null, 2));
}

/** One visit to the public page: the first article's title and when its cached copy was made. */
async function visit(page: Page) {
  await page.goto('/handler');
  const list = page.getByRole('list', { name: 'Articles' });
  return {
    title: (await list.getByRole('listitem').first().locator('strong').textContent()) ?? '',
    fetchedAt: (await page.locator('time').getAttribute('datetime')) ?? '',
  };
}

const webhook = (request: APIRequestContext, data: unknown, headers: Record<string, string> = cms) =>
  request.post('/api/revalidate', { headers: { 'Content-Type': 'application/json', ...headers }, data: JSON.stringify(data) });

/** Proves nothing was revalidated: an edit made in the CMS is still not on the page. */
async function expectStillCached(page: Page, title: string) {
  expect((await visit(page)).title).not.toBe(title);
}

/** Opens the editor page and signs in with the editor password; the page's context then holds the editor cookie. */
async function signInAsEditor(page: Page) {
  await page.goto('/action');
  await page.getByLabel('Editor password').fill(editorPassword);
  await page.getByRole('button', { name: 'Sign in as the editor' }).click();
  await expect(page.getByText('Signed in as the editor.')).toBeVisible();
}

stackblitzBuildTest();

test('visitor keeps seeing the cached copy after the CMS changes, until something revalidates', async ({ page }) => {
  const before = await visit(page);
  editInCms('Changed in the CMS, not announced');
  const again = await visit(page);
  expect(again).toEqual(before);
  // Clean up for the next tests: announce it.
  expect((await webhook(page.request, { tag: 'articles' })).status()).toBe(200);
  await expect.poll(async () => (await visit(page)).title).toBe('Changed in the CMS, not announced');
});

test('after the CMS webhook, the next visit gets the new content on Next 15; on Next 16 that visit gets the old copy and starts the refresh', async ({ page, request, app }) => {
  const before = await visit(page);
  editInCms('Published through the webhook');
  const response = await webhook(request, { tag: 'articles' });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ revalidated: { tag: 'articles' } });

  const next = await visit(page);
  if (app.target === 'sandbox') {
    // Next 15: revalidateTag expired the cached copy; this visit waited for a fresh one.
    expect(next.title).toBe('Published through the webhook');
    expect(next.fetchedAt > before.fetchedAt).toBe(true);
  } else {
    // Next 16, revalidateTag(tag, 'max'): stale-while-revalidate. This visit still gets the old copy...
    expect(next).toEqual(before);
    // ...and a visit after the background refresh gets the new one.
    await expect.poll(async () => (await visit(page)).title).toBe('Published through the webhook');
  }
});

test('the CMS webhook can revalidate an allowed path, and the next visit to it gets the new content', async ({ page, request }) => {
  await visit(page);
  editInCms('Refreshed by path');
  const response = await webhook(request, { path: '/handler' });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ revalidated: { path: '/handler' } });
  expect((await visit(page)).title).toBe('Refreshed by path');
});

test('editor saves an article with the Server Action and sees it in the same answer, and so does the next visitor', async ({ page }) => {
  await signInAsEditor(page);
  await page.getByLabel('Article', { exact: true }).selectOption('opening-hours');
  await expect(page.getByLabel('Title')).toHaveValue(/./);
  await page.getByLabel('Title').fill('Open on Saturdays too');
  await page.getByLabel('Body').fill('From nine to one.');
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved “Open on Saturdays too”.');
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText('Open on Saturdays too: From nine to one.');
  await page.goto('/handler');
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText('Open on Saturdays too');
});

test('editor gets field errors from the action and nothing is saved', async ({ page }) => {
  const before = cmsArticles();
  await signInAsEditor(page);
  await page.getByLabel('Title').fill('no');
  await page.getByLabel('Body').fill('');
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByText('Title must be at least 3 characters.')).toBeVisible();
  await expect(page.getByText('Write something in the body.')).toBeVisible();
  expect(cmsArticles()).toEqual(before);
});

test('editor without JavaScript can still sign in and save an article', async ({ browser, app }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: app.url });
  const page = await context.newPage();
  await signInAsEditor(page);
  await page.getByLabel('Title').fill('Saved before hydration');
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText('Saved before hydration');
  await context.close();
});

test('the cms-publish script from the README edits the CMS and calls the webhook', async ({ app, page }) => {
  const { spawnSync } = await import('node:child_process');
  const run = spawnSync(process.execPath, ['scripts/cms-publish.mjs', 'Published by the script', app.url], {
    cwd: app.dir,
    encoding: 'utf8',
    env: { ...process.env, CMS_DATA_FILE: cmsFile, REVALIDATE_SECRET: secret },
  });
  expect(run.stdout).toContain('200 {"revalidated":{"tag":"articles"}}');
  await expect.poll(async () => (await visit(page)).title).toBe('Published by the script');
});

test('an attacker without the secret, or guessing it, gets 401 and the cache stays; the secret is compared in constant time', async ({ page, request }) => {
  // Timing cannot be measured reliably over HTTP, so check the code: a string === stops at the first differing
  // character, which lets an attacker guess a secret character by character.
  const check = readExampleFile('revalidation', 'lib/revalidate-request.ts');
  expect(check).toContain('timingSafeEqual');
  expect(check).not.toMatch(/[!=]==?\s*secret\(\)/);

  await visit(page);
  editInCms('Nobody announced this');
  const guesses: Record<string, string>[] = [
    {},
    { Authorization: `Bearer ${secret.slice(0, -1)}` },
    { Authorization: `Bearer ${secret}x` },
    { Authorization: `bearer ${secret}` },
    { Authorization: secret },
    { Authorization: 'Bearer ' },
    { 'X-Revalidate-Secret': secret },
  ];
  for (const headers of guesses) {
    for (const target of [{ tag: 'articles' }, { path: '/handler' }]) {
      const response = await webhook(request, target, headers);
      expect(response.status(), JSON.stringify(headers)).toBe(401);
      expect((await response.json()).error.code).toBe('unauthorized');
    }
  }
  await expectStillCached(page, 'Nobody announced this');
});

test('an attacker with the secret cannot revalidate a tag or path outside the allow-list to empty the cache', async ({ page, request }) => {
  await visit(page);
  editInCms('Still not announced');
  const targets: unknown[] = [
    { tag: 'everything' },
    { tag: 'Articles' },
    { tag: ['articles'] },
    { path: '/' },
    { path: '/handler?bust=1' },
    { path: '/handler/' },
    { path: '/[slug]' },
    { tag: 'articles', path: '/handler' },
    { tags: ['articles'] },
    {},
    ['articles'],
    'articles',
  ];
  for (const target of targets) {
    const response = await webhook(request, target);
    expect(response.status(), JSON.stringify(target)).toBe(422);
    expect((await response.json()).error.code).toBe('target_not_allowed');
  }
  await expectStillCached(page, 'Still not announced');
  // The real thing still works.
  expect((await webhook(request, { tag: 'articles' })).status()).toBe(200);
});

test('a GET, a text/plain post or a broken body cannot revalidate', async ({ page, request }) => {
  await visit(page);
  editInCms('Not by a link');
  expect((await request.get('/api/revalidate')).status()).toBe(405);
  expect((await request.get('/api/revalidate?tag=articles', { headers: cms })).status()).toBe(405);
  const plain = await request.post('/api/revalidate', { headers: { ...cms, 'Content-Type': 'text/plain' }, data: '{"tag":"articles"}' });
  expect(plain.status()).toBe(415);
  const broken = await request.post('/api/revalidate', { headers: { ...cms, 'Content-Type': 'application/json' }, data: Buffer.from('{"tag":') });
  expect(broken.status()).toBe(400);
  await expectStillCached(page, 'Not by a link');
  expect((await webhook(request, { tag: 'articles' })).status()).toBe(200);
});

test('an attacker cannot make the webhook read a large body: without the secret not at all, with it 413 early', async ({ app }) => {
  const chunked = { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' };
  const unauthorized = await flood(app.url, '/api/revalidate', { headers: chunked, upTo: 32 * 1024 * 1024 });
  expect(unauthorized.status).toBe(401);
  expect(unauthorized.sentEverything).toBe(false);

  const declared = await flood(app.url, '/api/revalidate', { headers: { 'Content-Type': 'application/json', ...cms }, declare: 300 * 1024 * 1024, upTo: 64 * 1024 });
  expect(declared.status, declared.text).toBe(413);

  const endless = await flood(app.url, '/api/revalidate', { headers: { ...chunked, ...cms } });
  expect(endless.status, endless.text).toBe(413);
  expect(endless.sentEverything).toBe(false);
  expect(endless.bytesSent).toBeLessThan(8 * 1024 * 1024);
});

test('an editor without JavaScript who reloads after signing out does not send the form again', async ({ browser, app }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: app.url });
  const page = await context.newPage();
  await signInAsEditor(page);
  // Post/Redirect/Get: the sign-out POST is answered with 303 to the page, which the browser then GETs.
  const [signOut] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Sign out' }).click(),
  ]);
  expect(signOut.status()).toBe(303);
  expect(signOut.headers()['location']).toBe('/action');
  await expect(page).toHaveURL(/\/action$/);
  const [reload] = await Promise.all([page.waitForRequest((r) => r.isNavigationRequest()), page.reload()]);
  expect(reload.method()).toBe('GET');
  expect((await context.cookies()).filter((c) => c.name === 'editor_session')).toEqual([]);
  await context.close();
});

test('an action call without valid fields saves nothing and gets the errors back', async ({ page }) => {
  await signInAsEditor(page);
  await page.getByLabel('Title').fill('Captured save');
  await page.getByLabel('Body').fill('This call is replayed and tampered with.');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Save article' }).click());
  await expect(page.getByRole('status')).toHaveText('Saved “Captured save”.');
  const captured = await actionForm(call);
  const prefix = fieldPrefix(captured);

  // The untouched replay, with the editor's cookie, saves again: the action is an endpoint, reachable without the page.
  const replay = await sendActionForm(page.request, call, captured);
  expect(replay.status()).toBe(200);
  expect(await replay.text()).toContain('Saved “Captured save”.');

  const before = cmsArticles();
  const tampered: [string, (form: FormData) => void, string][] = [
    ['a File as the title', (f) => f.set(`${prefix}title`, new File(['Sneaky title'], 'title.txt', { type: 'text/plain' })), 'Title must be text.'],
    ['no fields at all', (f) => { f.delete(`${prefix}slug`); f.delete(`${prefix}title`); f.delete(`${prefix}body`); }, 'Pick one of the articles.'],
    ['an article that does not exist', (f) => f.set(`${prefix}slug`, 'no-such-article'), 'Pick one of the articles.'],
    ['a title of 5,000 characters', (f) => f.set(`${prefix}title`, 'x'.repeat(5000)), 'Title must be at most 100 characters.'],
  ];
  for (const [what, change, message] of tampered) {
    const form = await actionForm(call);
    change(form);
    const response = await sendActionForm(page.request, call, form);
    expect(response.status(), what).toBe(200);
    expect(await response.text(), what).toContain(message);
  }
  // A forged argument list: a string where the FormData belongs. The action finds no form and saves nothing.
  const forged = await actionForm(call);
  forged.set('0', JSON.stringify([null, 'not a form']));
  const forgedResponse = await sendActionForm(page.request, call, forged);
  expect(forgedResponse.status()).toBe(200);
  expect(await forgedResponse.text()).toContain('Title must be text.');
  expect(cmsArticles()).toEqual(before);
});

test('an attacker without the editor cookie, or with a forged one, cannot save an article', async ({ page, playwright, app }) => {
  await signInAsEditor(page);
  await page.getByLabel('Title').fill('Saved by the editor');
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Save article' }).click());
  await expect(page.getByRole('status')).toHaveText('Saved “Saved by the editor”.');
  const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'editor_session');
  expect(cookie?.httpOnly).toBe(true);
  const [expires] = cookie!.value.split('.');
  const before = cmsArticles();
  const later = String(Math.floor(Date.now() / 1000) + 365 * 24 * 60 * 60);
  const attempts: [string, string | undefined][] = [
    ['no cookie', undefined],
    ['a made-up signature', `editor_session=${expires}.${'A'.repeat(43)}`],
    ["the editor's signature on a later expiry", `editor_session=${later}.${cookie!.value.split('.')[1]}`],
    ['an expired time', `editor_session=1.${cookie!.value.split('.')[1]}`],
  ];
  for (const [what, forged] of attempts) {
    const attacker = await playwright.request.newContext({ baseURL: app.url, extraHTTPHeaders: forged ? { Cookie: forged } : {} });
    const form = await actionForm(call);
    form.set(`${fieldPrefix(form)}title`, `Defaced with ${what}`);
    const response = await sendActionForm(attacker, call, form);
    expect(await response.text(), what).toContain('Sign in as the editor to save.');
    await attacker.dispose();
  }
  expect(cmsArticles()).toEqual(before);
});

test('an attacker guessing the editor password gets "Wrong password." and no cookie', async ({ page }) => {
  await page.goto('/action');
  await page.getByLabel('Editor password').fill('editor-demo-password');
  await page.getByRole('button', { name: 'Sign in as the editor' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong password.' })).toBeVisible();
  expect((await page.context().cookies()).filter((c) => c.name === 'editor_session')).toEqual([]);
  // The editor is on the page for everyone; the action is what refuses.
  const before = cmsArticles();
  await page.getByLabel('Title').fill('Saved without signing in');
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('status')).toHaveText('Sign in as the editor to save.');
  expect(cmsArticles()).toEqual(before);
});

test('an attacker racing many saves at once makes none of them fail, and no article loses its change', async ({ page }) => {
  await signInAsEditor(page);
  const call = await captureActionRequest(page, () => page.getByRole('button', { name: 'Save article' }).click());
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  const prefix = fieldPrefix(await actionForm(call));
  const save = async (slug: string, title: string) => {
    const form = await actionForm(call);
    form.set(`${prefix}slug`, slug);
    form.set(`${prefix}title`, title);
    form.set(`${prefix}body`, `Saved in a race: ${title}.`);
    const response = await sendActionForm(page.request, call, form);
    return { status: response.status(), text: await response.text() };
  };
  // Each round saves both articles at the same moment, several times over. Every save reads the CMS file, changes
  // one article and writes the file back: unless writes take turns, one overwrites the other's change, or two
  // writers trip over the same temporary file and the action throws (a 500).
  for (let round = 1; round <= 5; round++) {
    const titles = { welcome: `Welcome, round ${round}`, 'opening-hours': `Hours, round ${round}` };
    const answers = await Promise.all(
      [1, 2, 3].flatMap((n) => Object.entries(titles).map(([slug, title]) => save(slug, n === 3 ? title : `${title}.${n}`))),
    );
    for (const answer of answers) {
      expect(answer.status, answer.text.slice(0, 200)).toBe(200);
      expect(answer.text).toContain('Saved “');
    }
    // Whatever order the saves ran in, each article holds one of its own round's titles.
    const stored = Object.fromEntries(cmsArticles().map((a) => [a.slug, a.title]));
    for (const [slug, title] of Object.entries(titles)) expect(stored[slug], `${slug} in round ${round}`).toMatch(new RegExp(`^${title}`));
  }
});

test('a production server without REVALIDATE_SECRET refuses the public demo secret', async ({ app }) => {
  await withServer(app.dir, { CMS_DATA_FILE: cmsFile, REVALIDATE_SECRET: '' }, async (server) => {
    const response = await fetch(`${server.url}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: 'Bearer cms_demo_7f3a91c2', 'Content-Type': 'application/json' },
      body: JSON.stringify({ tag: 'articles' }),
    });
    expect(response.status).toBe(500);
    await expect.poll(() => server.output()).toContain('REVALIDATE_SECRET is not set');
  });
});

test('a damaged CMS file breaks neither the page nor the next save', async ({ page, app }) => {
  writeFileSync(cmsFile, '{"this is": "not the CMS\'s content"');
  expect((await webhook(page.request, { tag: 'articles' })).status()).toBe(200);
  await expect.poll(async () => (await page.goto('/handler'))!.status()).toBe(200);
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2);
  await expect.poll(() => app.output()).toContain('is not valid CMS content');
  await signInAsEditor(page);
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  expect(cmsArticles().map((a) => a.slug).sort()).toEqual(['opening-hours', 'welcome']);
});

test('the CMS keeps its content in the app\'s own folder, not in the shared temp folder', () => {
  const cms = readExampleFile('revalidation', 'lib/cms.ts');
  expect(cms).not.toMatch(/tmpdir/);
  expect(cms).toContain("join(process.cwd(), '.data', 'cms.json')");
  expect(readExampleFile('revalidation', 'scripts/cms-publish.mjs')).not.toMatch(/tmpdir/);
});
