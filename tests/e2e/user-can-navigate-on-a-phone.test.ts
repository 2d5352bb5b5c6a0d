import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('user can navigate on a phone with the menu', async ({ page }) => {
  await page.goto('/lessons/why-the-choice-matters/');
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline).toBeHidden();

  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(outline).toBeVisible();

  await outline.getByRole('link', { name: /How Route Handlers work/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How Route Handlers work' })).toBeVisible();
  await expect(outline).toBeHidden();
});

test('user on a phone can close the menu with Escape', async ({ page }) => {
  await page.goto('/lessons/why-the-choice-matters/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeHidden();
  await expect(menu).toBeFocused();
});

test('user on a phone finds the contents of the page in a disclosure', async ({ page }) => {
  await page.goto('/lessons/how-server-actions-work/');
  await page.getByText('On this page', { exact: true }).filter({ visible: true }).click();
  await page.getByRole('link', { name: 'One at a time' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'One at a time' })).toBeInViewport();
});
