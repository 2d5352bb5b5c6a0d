import { expect, test, type Page, type Route } from '@playwright/test';
import { lessonFiles } from '../lesson-files';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the course' });
const box = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the course' });
const options = (page: Page) => dialog(page).getByRole('listbox', { name: 'Results' }).getByRole('option');

test('user can open search from the button, Ctrl+K and "/", and close it with Escape', async ({ page }) => {
  await page.goto('/lessons/forms/');
  const button = page.getByRole('button', { name: /^Search/ });
  await button.click();
  await expect(dialog(page)).toBeVisible();
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('abc');
  await expect(box(page)).toHaveValue('abc');
});

for (const [kind, query, first] of [
  ['a concept', 'CSRF', 'A security checklist for both'],
  // The lesson about revalidation, now that a lesson's pair indexes each file once (not in both Next.js versions).
  ['an API name', 'revalidatePath', 'Invalidating the cache from outside'],
  ['a status code', '429', 'Rate limiting'],
  ['a testing tool', 'vi.mock', 'Testing actions and handlers'],
] as const) {
  test(`user can search for ${kind} (${query}) and the right lesson comes first`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /^Search/ }).click();
    await box(page).fill(query);
    await expect(options(page).first()).toContainText(first);
    await expect(options(page).first().locator('mark').first()).toBeVisible();
    await expect(dialog(page).getByRole('status')).toHaveText(/\d+ results for/);
  });
}

test('user moves through results with the arrow keys and opens one with Enter', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await box(page).fill('webhook signature');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await options(page).nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/webhooks\/\?highlight=webhook/);
  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
});

test('user follows a sub-result to its heading, with the hit highlighted', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await box(page).fill('CSRF');
  await page.getByRole('option').getByRole('link', { name: 'CSRF and Origin', exact: true }).click();
  await expect(page).toHaveURL(/\/lessons\/security-checklist\/\?highlight=csrf#csrf-and-origin$/);
  await expect(page.getByRole('heading', { level: 2, name: 'CSRF and Origin' })).toBeInViewport();
  await expect(page.locator('mark.pagefind-highlight').filter({ hasText: /csrf/i }).first()).toBeAttached();
});

test('user is told when nothing matches', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await box(page).fill('xylophone');
  await expect(dialog(page).getByRole('status')).toHaveText('No results for “xylophone”.');
  await expect(dialog(page).getByText('No results for “xylophone”.', { exact: true }).first()).toBeVisible();
});

test('user without JavaScript sees no search button that cannot work', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/lessons/forms/');
  await expect(page.getByRole('button', { name: /^Search/ })).toBeHidden();
  await context.close();
});

test('search finds quiz scenarios, the static decision tree and code', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  for (const [query, where] of [
    ['OAuth callback', 'Decision quiz'],
    ['static export', 'Decide'],
    ['timingSafeEqual', 'External integrations'],
  ] as const) {
    await box(page).fill(query);
    await expect(options(page).filter({ hasText: where }).first()).toBeVisible();
  }
});

test('user who types on never sees results for an older, slower query replace the newer ones', async ({ page }) => {
  // The first query's result fragments are held back until the second query has rendered: its answer then
  // arrives last, as it would on a slow network, and must be dropped.
  const held: Route[] = [];
  let holding = false;
  await page.route('**/pagefind/fragment/**', (route) => (holding ? held.push(route) : route.continue()));
  await page.goto('/');
  await page.keyboard.press('Control+k');
  holding = true;
  await box(page).fill('CSRF');
  await expect.poll(() => held.length).toBeGreaterThan(0);
  holding = false;
  await box(page).fill('xylophone');
  const status = dialog(page).getByRole('status');
  await expect(status).toHaveText('No results for “xylophone”.');

  await Promise.all(
    held.map(async (route) => {
      await route.continue();
      await (await route.request().response())?.finished();
    }),
  );
  // Let the page run what the late responses resolved (two frames) before checking they changed nothing.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect(status).toHaveText('No results for “xylophone”.');
  await expect(options(page)).toHaveCount(0);
  await expect(box(page)).toHaveValue('xylophone');
});

test('user can find every lesson by its title', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Search/ }).click();
  for (const lesson of lessonFiles) {
    await box(page).fill(lesson.title);
    await expect(options(page).filter({ hasText: lesson.title }).first(), lesson.slug).toBeVisible();
  }
});
