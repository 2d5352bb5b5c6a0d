import { expect, test } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { readExampleFiles } from '../../src/lib/examples';
import { next16Version, readNext16Files } from '../../src/lib/next16';
import { expectIsolated, fakeVm, formFields, interceptStackBlitz, postedFiles, serveWithoutIsolation } from './stackblitz-stand-in';

const example = 'forms';
const files = readExampleFiles(example);

test('user can run a sandbox: the page sends StackBlitz every example file and nothing else', async ({ page }) => {
  const posts = await interceptStackBlitz(page);
  await page.goto(`/examples/${example}/`);
  await expectIsolated(page);
  const pair = page.locator('sandbox-pair');
  await pair.getByRole('button', { name: 'Run live' }).click();
  await expect.poll(() => posts.length).toBe(1);

  const request = posts[0]!;
  const url = new URL(request.url());
  expect(url.pathname).toBe('/run');
  expect(url.searchParams.get('embed')).toBe('1');
  expect(url.searchParams.get('startScript')).toBe('dev');
  expect(url.searchParams.getAll('file')).toEqual([
    'app/action/actions.ts,app/action/create-post-form.tsx',
    'app/api/posts/route.ts,app/handler/create-post-client.tsx',
  ]);
  expect(['light', 'dark']).toContain(url.searchParams.get('theme'));

  const fields = formFields(request);
  expect(fields.get('project[template]')).toBe('node');
  const sent = postedFiles(request);
  expect(Object.keys(sent).sort()).toEqual(Object.keys(files).sort());
  for (const [path, text] of Object.entries(files)) expect(sent[path], path).toBe(text);
  expect(Object.keys(sent).some((p) => /node_modules|\.next|lock|test/.test(p))).toBe(false);
  await expect(pair.locator('iframe')).toBeVisible();
  await expect(pair.getByRole('status')).toHaveText(/The sandbox is running/);
  await expect(pair.getByRole('button', { name: 'Running' })).toBeDisabled();
});

test('user can tell the sandbox frame apart by its name', async ({ page }) => {
  await interceptStackBlitz(page);
  await page.goto(`/examples/${example}/`);
  const pair = page.locator('sandbox-pair');
  await pair.getByRole('button', { name: 'Run live' }).click();
  await expect(pair.locator('iframe')).toHaveAccessibleName('Live sandbox: Create a post from a form');
});

test("user sees the example's start page once the dev server runs, not before", async ({ page }) => {
  // inventory opens on /action; the fake VM has no dev server for its first three preview checks, and like the
  // SDK it ignores a path set before then.
  await interceptStackBlitz(page, { devServerAfter: 3 });
  await page.goto('/examples/inventory/');
  await page.locator('sandbox-pair').getByRole('button', { name: 'Run live' }).click();
  await expect.poll(async () => (await fakeVm(page)).setUrl, { timeout: 15_000 }).toEqual([{ path: '/action', applied: true }]);
  expect((await fakeVm(page)).getUrlCalls).toBe(4);
});

test('user keeps the editor when the sandbox is slow to answer, and is told what still works', async ({ page }) => {
  // A first start can outlast the SDK's 10-second connection attempt; the stand-in never answers it. The test waits
  // those 10 s out (12-13 s in all on a 2-core machine), so it gets 60 s rather than the default 30.
  test.setTimeout(60_000);
  await interceptStackBlitz(page, { answers: false });
  await page.goto(`/examples/${example}/`);
  const pair = page.locator('sandbox-pair');
  await pair.getByRole('button', { name: 'Run live' }).click();
  await expect(pair.getByRole('status')).toHaveText('Starting the sandbox…');
  const frame = pair.locator('iframe');
  await expect(frame).toBeVisible();
  await expect(pair.getByRole('status')).toHaveText(
    /^The editor is loading, and you can use it once it appears\. Saving your changes in this browser, “Download my version” and opening the example’s start page are unavailable because the sandbox has not answered this page yet/,
    { timeout: 20_000 },
  );
  await expect(frame).toBeVisible();
  await expect(pair.getByRole('status')).not.toHaveClass(/error/);
  await expect(pair.getByRole('button', { name: 'Download my version' })).toBeHidden();
  await expect(pair.getByRole('link', { name: /Open in StackBlitz/ })).toBeVisible();
});

test('user on a page without cross-origin isolation is sent to StackBlitz instead of a broken embed', async ({ page }) => {
  await serveWithoutIsolation(page);
  const posts = await interceptStackBlitz(page);
  await page.goto(`/examples/${example}/`);
  const pair = page.locator('sandbox-pair');
  await pair.getByRole('button', { name: 'Run live' }).click();
  await expect(pair.getByRole('status')).toHaveText(/without the cross-origin isolation headers.*You can still open it in StackBlitz in a new tab/);
  await expect(pair.locator('iframe')).toHaveCount(0);
  expect(posts).toHaveLength(0);
  await expect(pair.getByRole('link', { name: /Open in StackBlitz/ })).toBeVisible();
});

test('user is told when a sandbox cannot load, and offered the other two ways', async ({ page }) => {
  await page.route('https://stackblitz.com/**', (route) => route.abort('internetdisconnected'));
  await page.goto(`/examples/${example}/`);
  const pair = page.locator('sandbox-pair');
  await pair.getByRole('button', { name: 'Run live' }).click();
  await expect(pair.getByRole('status')).toHaveText(/StackBlitz could not be reached from this network\. You can still open it in StackBlitz/);
  await expect(pair.locator('iframe')).toHaveCount(0);
  await expect(pair.getByRole('link', { name: /Open in StackBlitz/ })).toBeVisible();
  await expect(pair.getByRole('link', { name: 'Download .zip' })).toBeVisible();
  await expect(pair.getByRole('button', { name: 'Run live' })).toBeEnabled();
});

test('user is told when the example itself cannot be fetched', async ({ page }) => {
  await page.route(`**/sandbox/${example}.json`, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(`/examples/${example}/`);
  const pair = page.locator('sandbox-pair');
  await pair.getByRole('button', { name: 'Run live' }).click();
  await expect(pair.getByRole('status')).toHaveText(/The example could not be loaded \(503\)/);
});

test('user can download an example, and the zip holds exactly its Next 16 files', async ({ page }) => {
  await page.goto(`/examples/${example}/`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .zip' }).first().click()]);
  expect(download.suggestedFilename()).toBe(`${example}.zip`);
  const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const zipped = Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path.replace(`${example}/`, ''), strFromU8(bytes)]));
  const next16 = readNext16Files(example);
  expect(Object.keys(zipped).sort()).toEqual(Object.keys(next16).sort());
  for (const [path, text] of Object.entries(next16)) expect(zipped[path], path).toBe(text);
  expect(JSON.parse(zipped['package.json']!).dependencies.next).toBe(next16Version);
  expect(zipped['use-wasm-swc.mjs']).toBeUndefined();
});

test('user can open an example in StackBlitz in a new tab, from any browser', async ({ page, context }) => {
  const posts = await interceptStackBlitz(page);
  await context.route('https://stackblitz.com/**', async (route) => {
    if (route.request().method() === 'POST') posts.push(route.request());
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>StackBlitz stand-in</title>' });
  });
  // A mouse click right after the page is parsed: the pair is laid out from the first paint, so nothing moves under it.
  await page.goto(`/examples/${example}/`, { waitUntil: 'domcontentloaded' });
  const link = page.getByRole('link', { name: /Open in StackBlitz/ });
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect.poll(() => posts.length).toBe(1);
  const fields = formFields(posts[0]!);
  expect(fields.get('project[files][lib/posts.ts]')).toBe(files['lib/posts.ts']);
  expect(new URL(posts[0]!.url()).searchParams.get('startScript')).toBe('dev');
  await tab.close();
});

test('user reads both sides as tabs on a narrow screen, with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(`/examples/${example}/`);
  const tabs = page.getByRole('tablist', { name: /code$/ });
  const action = tabs.getByRole('tab', { name: 'Server Action' });
  await expect(action).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Server Action' })).toContainText("'use server'");
  await action.focus();
  await page.keyboard.press('ArrowRight');
  const handler = tabs.getByRole('tab', { name: 'Route Handler' });
  await expect(handler).toBeFocused();
  await expect(handler).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Route Handler' })).toContainText('export async function POST');
});

test('user without JavaScript reads every side of the pair', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto(`/examples/${example}/`);
  for (const side of ['Server Action', 'Route Handler', 'Shared code']) {
    await expect(page.getByRole('heading', { name: side, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Run live' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Download .zip' })).toBeVisible();
  await context.close();
});
