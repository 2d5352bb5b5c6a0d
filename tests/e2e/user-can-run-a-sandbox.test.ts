import { expect, test, type Page, type Request } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { readExampleFiles } from '../../src/lib/examples';

const example = 'forms';
const files = readExampleFiles(example);

/**
 * Fields of a form post, e.g. project[files][app/page.tsx] → its text. The SDK sends projects as a form post,
 * and browsers turn every line break in form values into CRLF, so compare with LF line breaks.
 */
function formFields(request: Request): Map<string, string> {
  return new Map([...new URLSearchParams(request.postData() ?? '').entries()].map(([k, v]) => [k, v.replaceAll('\r\n', '\n')]));
}

async function interceptStackBlitz(page: Page) {
  const posts: Request[] = [];
  await page.route('https://stackblitz.com/**', async (route) => {
    if (route.request().method() === 'POST') posts.push(route.request());
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>StackBlitz stand-in</title><p>Booting…</p>' });
  });
  return posts;
}

test('user can run a sandbox: the page sends StackBlitz every example file and nothing else', async ({ page }) => {
  const posts = await interceptStackBlitz(page);
  await page.goto(`/examples/${example}/`);
  const pair = page.locator('sandbox-pair');
  await pair.getByRole('button', { name: 'Run live' }).click();
  await expect(pair.getByRole('status')).toHaveText('Starting the sandbox…');
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
  const sent = Object.fromEntries([...fields].filter(([k]) => k.startsWith('project[files]')).map(([k, v]) => [k.slice(15, -1), v]));
  expect(Object.keys(sent).sort()).toEqual(Object.keys(files).sort());
  for (const [path, text] of Object.entries(files)) expect(sent[path], path).toBe(text);
  expect(Object.keys(sent).some((p) => /node_modules|\.next|lock|test/.test(p))).toBe(false);
  await expect(pair.locator('iframe')).toBeAttached();
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

test('user can download an example, and the zip holds exactly its files', async ({ page }) => {
  await page.goto(`/examples/${example}/`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download .zip' }).click()]);
  expect(download.suggestedFilename()).toBe(`${example}.zip`);
  const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const zipped = Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path.replace(`${example}/`, ''), strFromU8(bytes)]));
  expect(Object.keys(zipped).sort()).toEqual(Object.keys(files).sort());
  for (const [path, text] of Object.entries(files)) expect(zipped[path], path).toBe(text);
});

test('user can open an example in StackBlitz in a new tab, from any browser', async ({ page, context }) => {
  const posts = await interceptStackBlitz(page);
  await context.route('https://stackblitz.com/**', async (route) => {
    if (route.request().method() === 'POST') posts.push(route.request());
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>StackBlitz stand-in</title>' });
  });
  await page.goto(`/examples/${example}/`);
  const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Open in StackBlitz/ }).click()]);
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
  await expect(page.getByRole('tabpanel')).toContainText("'use server'");
  await action.focus();
  await page.keyboard.press('ArrowRight');
  const handler = tabs.getByRole('tab', { name: 'Route Handler' });
  await expect(handler).toBeFocused();
  await expect(handler).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('export async function POST');
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
