// Widgets load their scripts on first use (components/site/islands.ts); a click that comes first is held and
// replayed, so a reader never loses one.
import { expect, test } from '@playwright/test';

test('a plain lesson loads no widget script until the reader uses one', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await page.goto('/lessons/key-differences/', { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  await page.getByRole('button', { name: /^Search/ }).hover();
  await expect.poll(() => scripts.some((s) => s.includes('site-search'))).toBe(true);
});

test('user clicks Search the moment the page is parsed, and the dialog opens', async ({ page }) => {
  await page.goto('/lessons/key-differences/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: /^Search/ }).click();
  await expect(page.getByRole('dialog', { name: 'Search the course' })).toBeVisible();
});

test('user presses Ctrl K before anything loaded, and search opens', async ({ page }) => {
  await page.goto('/lessons/key-differences/', { waitUntil: 'domcontentloaded' });
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search the course' })).toBeFocused();
});

test('user on a phone opens the menu the moment the page is parsed', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/lessons/key-differences/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('navigation', { name: 'Course outline' }).getByRole('link', { name: /The key differences/ })).toBeVisible();
});

test('user who chose the dark theme sees it selected in the theme menu before touching it', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto('/lessons/key-differences/');
  await expect(page.getByRole('combobox', { name: 'Theme', exact: true })).toHaveValue('dark');
});

test('user who chose Next 15 sees it pressed in the lesson’s version picker before touching it', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('next-version-v1', '"next15"'));
  await page.goto('/lessons/key-differences/');
  const picker = page.getByRole('group', { name: 'This lesson follows' });
  await expect(picker.getByRole('button', { name: 'Next 15 (sandbox)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(picker.getByRole('button', { name: 'Next 16' })).toHaveAttribute('aria-pressed', 'false');
});
