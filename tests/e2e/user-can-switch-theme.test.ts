import { expect, test } from '@playwright/test';

// Records the theme at the moment <body> is first parsed, i.e. before the first paint of any content.
async function recordThemeAtFirstPaint(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

const themeAtBody = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody);

test('user can switch theme and it persists across reloads without a flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await recordThemeAtFirstPaint(page);
  await page.goto('/lessons/how-server-actions-work/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');

  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const lightBackground = await background();

  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption({ label: 'Dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(lightBackground);

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await themeAtBody(page)).toBe('dark');
  await expect(page.getByRole('combobox', { name: 'Theme', exact: true })).toHaveValue('dark');

  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption({ label: 'Auto' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  expect(await themeAtBody(page)).toBe('light');
});

test('user with a dark system setting gets the dark theme from the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await recordThemeAtFirstPaint(page);
  await page.goto('/');
  expect(await themeAtBody(page)).toBe('dark');
  await expect(page.getByRole('combobox', { name: 'Theme', exact: true })).toHaveValue('auto');
});
