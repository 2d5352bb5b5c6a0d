import { expect, test } from '@playwright/test';

test('user can mark a lesson as done and sees it in the outline after reload', async ({ page }) => {
  await page.goto('/lessons/how-route-handlers-work/');
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByText(/^0 of \d+ lessons done$/)).toBeVisible();

  const done = page.getByRole('button', { name: 'Mark this lesson as done' });
  await done.click();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await expect(outline.getByText(/^1 of \d+ lessons done$/)).toBeVisible();
  await expect(outline.getByRole('link', { name: /How Route Handlers work \(done\)/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark this lesson as done' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Mark this lesson as done' }).click();
  await expect(outline.getByText(/^0 of \d+ lessons done$/)).toBeVisible();
});

test('user who reads to the end of a lesson has it marked as done', async ({ page }) => {
  await page.goto('/lessons/how-server-actions-work/');
  const done = page.getByRole('button', { name: 'Mark this lesson as done' });
  await expect(done).toHaveAttribute('aria-pressed', 'false');
  // The reader scrolls to the end (a scroll the page makes by itself, to a #fragment, does not count).
  await page.keyboard.press('End');
  await expect(page.getByRole('navigation', { name: 'Previous and next lessons' })).toBeInViewport();
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'You reached the end' })).toBeAttached();
});
