import { expect, test } from '@playwright/test';

test('user can read a lesson from the home page outline, then move next and back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Server Actions or Route Handlers?' })).toBeVisible();
  const outline = page.getByRole('region', { name: 'Course outline' }).or(page.locator('section[aria-labelledby="outline"]'));
  await outline.getByRole('link', { name: 'Why the choice matters' }).click();

  await expect(page).toHaveURL(/\/lessons\/why-the-choice-matters\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Why the choice matters' })).toBeVisible();
  const sidebar = page.getByRole('navigation', { name: 'Course outline' });
  await expect(sidebar.getByRole('link', { name: /Why the choice matters/ })).toHaveAttribute('aria-current', 'page');

  const pager = page.getByRole('navigation', { name: 'Previous and next lessons' });
  await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Next.*How Server Actions work/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How Server Actions work' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: /How Server Actions work/ })).toHaveAttribute('aria-current', 'page');

  await pager.getByRole('link', { name: /Previous.*Why the choice matters/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Why the choice matters' })).toBeVisible();
});

test('user can jump to a section from the table of contents', async ({ page }) => {
  await page.goto('/lessons/how-server-actions-work/');
  const toc = page.locator('.toc-wrap').getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Every action is a public endpoint' }).click();
  await expect(page).toHaveURL(/#every-action-is-a-public-endpoint$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Every action is a public endpoint' })).toBeInViewport();
});

test('user can skip straight to the lesson content with the keyboard', async ({ page }) => {
  await page.goto('/lessons/how-route-handlers-work/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator('#main-content')).toBeFocused();
});

test('user can copy a code block and hears that it was copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/lessons/how-route-handlers-work/');
  const block = page.getByRole('figure').filter({ hasText: 'app/api/posts/route.ts' });
  await block.getByRole('button', { name: 'Copy code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('export async function POST(request: Request)');
});

test('user who follows a broken link sees a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/lessons/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Start with the first lesson' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Why the choice matters' })).toBeVisible();
});
