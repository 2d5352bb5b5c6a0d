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

test('user on a 320 px phone sees the whole header, theme choice included', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/lessons/how-server-actions-work/');
  const header = page.getByRole('banner');
  // ratio 1: wholly on screen, not cut off at the right edge.
  await expect(header.getByRole('button', { name: 'Menu' })).toBeInViewport({ ratio: 1 });
  await expect(header.getByRole('link', { name: 'Actions or Handlers' })).toBeInViewport({ ratio: 1 });
  await expect(header.getByRole('combobox', { name: 'Theme' })).toBeInViewport({ ratio: 1 });
});

test('user on a phone can scroll a wide sequence diagram with the keyboard', async ({ page }) => {
  await page.goto('/lessons/how-server-actions-work/');
  const diagram = page.getByRole('region', { name: /sequence diagram/ }).first();
  await diagram.focus();
  await expect(diagram).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => diagram.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});
