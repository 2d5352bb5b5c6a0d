import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { readExampleFiles } from '../../src/lib/examples';
import { editsKey, serialiseEdits } from '../../src/lib/sandbox-edits';
import { editInSandbox, expectIsolated, fakeVm, interceptStackBlitz } from './stackblitz-stand-in';

const example = 'forms';
const files = readExampleFiles(example);
const key = editsKey(example);
const edited = "export default function Home() {\n  return <h1>My version</h1>;\n}\n";

test.beforeEach(async ({ context }) => {
  await interceptStackBlitz(context);
});

async function runLive(page: Page) {
  await page.goto(`/examples/${example}/`);
  await expectIsolated(page);
  const pair = page.locator('sandbox-pair');
  await pair.getByRole('button', { name: 'Run live' }).click();
  await expect(pair.getByRole('status')).toHaveText(/The sandbox is running/);
  return pair;
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key);

async function seed(page: Page, value: string) {
  await page.goto(`/examples/${example}/`);
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, value]);
}

test('user gets their sandbox edits back after a reload and in a new tab', async ({ page, context }) => {
  // The page saves every 5 s (run-live.ts), and the test starts three sandboxes: 12 s in all on a 2-core machine,
  // so it gets 60 s rather than the default 30.
  test.setTimeout(60_000);
  await runLive(page);
  await editInSandbox(page, 'app/page.tsx', edited);
  await editInSandbox(page, 'app/notes.md', 'to do\n');
  // Saved within a few seconds, without installed packages or build output.
  await expect.poll(() => stored(page), { timeout: 15_000 }).toContain('My version');
  const saved = JSON.parse((await stored(page))!);
  expect(saved).toMatchObject({ version: 1, example, create: { 'app/page.tsx': edited, 'app/notes.md': 'to do\n' }, destroy: [] });
  expect(Object.keys(saved.create)).toEqual(['app/notes.md', 'app/page.tsx']);

  await page.reload();
  let pair = page.locator('sandbox-pair');
  await pair.getByRole('button', { name: 'Run live' }).click();
  await expect(pair.getByRole('status')).toHaveText(/Your changes from .+ are back/);
  expect((await fakeVm(page)).files['app/page.tsx']).toBe(edited);

  const tab = await context.newPage();
  pair = await runLive(tab);
  await expect(pair.getByRole('status')).toHaveText(/Your changes from .+ are back/);
  const vm = await fakeVm(tab);
  expect(vm.diffs).toEqual([{ create: { 'app/notes.md': 'to do\n', 'app/page.tsx': edited }, destroy: [] }]);
  expect(vm.files['app/notes.md']).toBe('to do\n');
});

test('user can reset the sandbox to the original example', async ({ page }) => {
  const saved = serialiseEdits(example, { create: { 'app/page.tsx': edited }, destroy: ['README.md'] }, new Date());
  if (!saved.ok) throw new Error('the seed is over the size cap');
  await seed(page, saved.text);
  const pair = await runLive(page);
  await expect(pair.getByRole('status')).toHaveText(/Your changes from .+ are back/);
  expect((await fakeVm(page)).files['README.md']).toBeUndefined();

  await pair.getByRole('button', { name: 'Reset to the original' }).click();
  await expect(pair.getByRole('status')).toHaveText('This is the original example again; your saved changes are cleared.');
  expect(await stored(page)).toBeNull();
  expect((await fakeVm(page)).files).toEqual(files);

  // Nothing comes back on the next run.
  await page.reload();
  await page.locator('sandbox-pair').getByRole('button', { name: 'Run live' }).click();
  await expect(page.locator('sandbox-pair').getByRole('status')).toHaveText(/^The sandbox is running\. The first start installs packages and compiles Next\.js, which takes a minute\.$/);
  expect((await fakeVm(page)).diffs).toEqual([]);
});

test('user can download their version of the example as a zip', async ({ page }) => {
  const pair = await runLive(page);
  await editInSandbox(page, 'app/page.tsx', edited);
  const [download] = await Promise.all([page.waitForEvent('download'), pair.getByRole('button', { name: 'Download my version' }).click()]);
  expect(download.suggestedFilename()).toBe(`${example}-my-version.zip`);
  const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const zipped = Object.fromEntries(Object.entries(entries).map(([path, bytes]) => [path, strFromU8(bytes)]));
  expect(Object.keys(zipped).sort()).toEqual(Object.keys(files).map((p) => `${example}/${p}`).sort());
  expect(zipped[`${example}/app/page.tsx`]).toBe(edited);
  expect(zipped[`${example}/lib/posts.ts`]).toBe(files['lib/posts.ts']);
});

test('user whose stored edits are corrupt or belong elsewhere gets the original and a reason, not a crash', async ({ page }) => {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  const other = serialiseEdits('uploads', { create: { 'app/page.tsx': edited }, destroy: [] }, new Date());
  for (const [value, reason] of [
    ['{"version":1,"create":', /ignored because it is not valid JSON; this is the original/],
    [other.ok ? other.text : '', /ignored because it belongs to another example \("uploads"\)/],
    [JSON.stringify({ version: 99, example }), /ignored because it was saved in another format \(version 99\)/],
  ] as const) {
    await seed(page, value);
    const pair = await runLive(page);
    await expect(pair.getByRole('status')).toHaveText(reason);
    expect((await fakeVm(page)).diffs).toEqual([]);
    expect(await stored(page)).toBeNull();
  }
  expect(errors).toEqual([]);
});

test('user is told when their changes are too big to keep in the browser', async ({ page }) => {
  const pair = await runLive(page);
  await editInSandbox(page, 'data/big.json', JSON.stringify('x'.repeat(1_100_000)));
  await expect(pair.getByRole('status')).toHaveText(/Your changes \(1\.1 MB\) are more than the 1\.0 MB this browser keeps per example.*Download my version/, {
    timeout: 15_000,
  });
  expect(await stored(page)).toBeNull();
  await expect(pair.getByRole('button', { name: 'Download my version' })).toBeVisible();
});
