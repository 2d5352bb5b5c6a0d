import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { readChallenge } from '../../src/lib/challenges';
import { readExampleFiles } from '../../src/lib/examples';
import { next16Version } from '../../src/lib/next16';
import { expectIsolated, fakeVm, formFields, interceptStackBlitz, postedFiles, serveWithoutIsolation } from './stackblitz-stand-in';

// A challenge as a reader meets it at the end of its lesson: read from disk, the way the site builds it.
const challenge = readChallenge('uploads', 'stream-the-limit');
const exampleFiles = readExampleFiles(challenge.example);
const startingCode = challenge.overlay[challenge.open]!;
const solutionCode = exampleFiles[challenge.open]!;

const region = (page: Page) => page.getByRole('region', { name: challenge.title });

async function openChallenge(page: Page) {
  await page.goto(`/lessons/${challenge.lesson}/`);
  await expectIsolated(page);
  return region(page);
}

test('user can start a challenge, show the solution and reset it to the start', async ({ page }) => {
  const posts = await interceptStackBlitz(page);
  const box = await openChallenge(page);
  await expect(box.getByRole('heading', { name: challenge.title })).toBeVisible();
  await box.getByRole('button', { name: 'Start challenge' }).click();
  await expect(box.getByRole('status')).toHaveText(/The sandbox is running/);

  // StackBlitz gets the example with the flaw put back, the file to fix open, and nothing else changed.
  expect(posts).toHaveLength(1);
  const posted = postedFiles(posts[0]!);
  expect(posted).toEqual({ ...exampleFiles, ...challenge.overlay });
  expect(posted[challenge.open]).not.toBe(solutionCode);
  expect(new URL(posts[0]!.url()).searchParams.getAll('file')).toEqual([challenge.open]);
  expect(formFields(posts[0]!).get('project[title]')).toBe(`Challenge: ${challenge.title}`);
  // Once the dev server answers, the preview opens the app's check page.
  await expect.poll(async () => (await fakeVm(page)).setUrl.filter((s) => s.applied).map((s) => s.path)).toContain('/check');

  await box.getByRole('button', { name: 'Show solution' }).click();
  await expect(box.getByRole('status')).toHaveText(/The solution is in place \(.*\)\. Reload the check page/);
  expect((await fakeVm(page)).files[challenge.open]).toBe(solutionCode);

  await box.getByRole('button', { name: 'Reset to the start' }).click();
  await expect(box.getByRole('status')).toHaveText('This is the challenge’s starting code again; your saved changes are cleared.');
  expect((await fakeVm(page)).files[challenge.open]).toBe(startingCode);
});

test('user can mark a challenge done and sees it counted with the lessons', async ({ page }) => {
  const box = await openChallenge(page);
  const done = box.getByRole('button', { name: 'Mark this challenge as done' });
  await expect(done).toHaveAttribute('aria-pressed', 'false');
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/^1 of \d+ challenges done$/).first()).toBeVisible();

  await page.goto('/challenges/');
  const listed = page.getByRole('link', { name: challenge.title });
  await expect(listed).toBeVisible();
  await expect(page.getByRole('listitem').filter({ has: listed })).toContainText('Done');
  await listed.click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${challenge.lesson}/#challenge-${challenge.name}$`));
  await expect(region(page).getByRole('button', { name: 'Mark this challenge as done' })).toHaveAttribute('aria-pressed', 'true');
});

test('user without a live sandbox downloads the challenge as a Next 16 app with its check page', async ({ page }) => {
  await serveWithoutIsolation(page);
  const posts = await interceptStackBlitz(page);
  await page.goto(`/lessons/${challenge.lesson}/`);
  const box = region(page);
  await box.getByRole('button', { name: 'Start challenge' }).click();
  await expect(box.getByRole('status')).toHaveText(/You can still open it in StackBlitz in a new tab, or download it/);
  expect(posts).toHaveLength(0);

  const [download] = await Promise.all([page.waitForEvent('download'), box.getByRole('link', { name: 'Download the challenge (.zip)' }).click()]);
  const zipped = Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(readFileSync(await download.path())))).map(([path, bytes]) => [path, strFromU8(bytes)]),
  );
  const root = `${challenge.example}--${challenge.name}`;
  expect(zipped[`${root}/${challenge.open}`]).toBe(startingCode);
  expect(JSON.parse(zipped[`${root}/package.json`]!).dependencies.next).toBe(next16Version);
  expect(Object.keys(zipped)).toContain(`${root}/app/check/route.ts`);
  expect(Object.keys(zipped).some((p) => p.includes('/challenges/'))).toBe(false);
});

test('decide and quiz pages lead to the challenges', async ({ page }) => {
  for (const path of ['/decide/', '/quiz/']) {
    await page.goto(path);
    await page.getByRole('link', { name: /challenges/i }).first().click();
    await expect(page).toHaveURL(/\/challenges\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Challenges/);
  }
});
