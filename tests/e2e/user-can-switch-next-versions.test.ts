import { expect, test, type Page } from '@playwright/test';

const lesson = '/lessons/nextjs-16/';
const file = 'examples/mutations/app/action/actions.ts';
const sandboxCode = (page: Page) => page.getByRole('region', { name: `Code: ${file} (lines 1–14)` });
const next16Code = (page: Page) => page.getByRole('region', { name: `Code: ${file} (Next 16, lines 1–16)` });
const versions = (page: Page, path = file) => page.getByRole('tablist', { name: `Next.js version: ${path}` });

test('user starts on Next 16 and can switch a quoted file to Next 15', async ({ page }) => {
  await page.goto(lesson);
  const tabs = versions(page);
  const next15 = tabs.getByRole('tab', { name: 'Next 15 (sandbox)' });
  const next16 = tabs.getByRole('tab', { name: 'Next 16' });
  await expect(next16).toHaveAttribute('aria-selected', 'true');
  await expect(next16Code(page)).toContainText('refresh();');
  await expect(sandboxCode(page)).toBeHidden();
  await expect(page.getByText('The live sandbox runs the Next 15 version (Next.js 15.4.11').first()).toBeVisible();

  await next15.click();
  await expect(next15).toHaveAttribute('aria-selected', 'true');
  await expect(sandboxCode(page)).toContainText('revalidatePath');
  await expect(next16Code(page)).toBeHidden();
  // Every switch on the page follows.
  await expect(versions(page, 'examples/forms/app/action/actions.ts').getByRole('tab', { name: 'Next 15 (sandbox)' })).toHaveAttribute('aria-selected', 'true');

  // Keyboard: arrows move the choice and the focus.
  await next15.press('ArrowLeft');
  await expect(next16).toBeFocused();
  await expect(next16).toHaveAttribute('aria-selected', 'true');
  await expect(next16Code(page)).toBeVisible();
  await expect(page.getByRole('region', { name: /^Code: examples\/forms\/app\/action\/actions\.ts \(Next 16/ })).toContainText('updateTag(postsTag)');
  await next16.press('End');
  await expect(next15).toBeFocused();
  await expect(sandboxCode(page)).toBeVisible();
});

test('user’s version choice is remembered on the next page', async ({ page }) => {
  await page.goto(lesson);
  await versions(page).getByRole('tab', { name: 'Next 15 (sandbox)' }).click();
  await expect(sandboxCode(page)).toBeVisible();

  await page.goto('/lessons/simple-mutations/');
  await expect(versions(page).getByRole('tab', { name: 'Next 15 (sandbox)' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: `Code: ${file} (lines 8–21)` })).toBeVisible();
  await expect(page.getByRole('region', { name: `Code: ${file} (Next 16, lines 8–23)` })).toBeHidden();

  // A stored value the page does not understand falls back to Next 16.
  await page.evaluate(() => localStorage.setItem('next-version-v1', '{"broken":'));
  await page.reload();
  await expect(versions(page).getByRole('tab', { name: 'Next 16' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: `Code: ${file} (Next 16, lines 8–23)` })).toContainText('refresh();');
});

test('user without JavaScript sees both versions, labelled', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(lesson);
  await expect(versions(page)).toBeHidden();
  await expect(sandboxCode(page)).toBeVisible();
  await expect(next16Code(page)).toBeVisible();
  const both = page.locator('version-switch').filter({ has: sandboxCode(page) });
  // The tabs exist but stay hidden without the script; each version carries a visible label of its own.
  await expect(both.getByText('Next 15 (sandbox)', { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(both.getByText('Next 16', { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(both.getByText(/The live sandbox runs the Next 15 version/)).toBeVisible();
  // A file only the download has is quoted once, named as Next 16.
  await expect(page.getByRole('region', { name: 'Code: examples/forms/lib/cached-posts.ts (Next 16)' })).toBeVisible();
  await context.close();
});

test('user reads the prose for their Next.js version, and without JavaScript sees both, labelled', async ({ page, browser, baseURL }) => {
  const prose = '/lessons/authentication-and-sessions/';
  const only15 = 'On Next 15, synchronous access still works';
  await page.goto(prose);
  const picker = page.getByRole('group', { name: 'This lesson follows' });
  await expect(picker.getByRole('button', { name: 'Next 16' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(only15)).toBeHidden();

  await picker.getByRole('button', { name: 'Next 15 (sandbox)' }).click();
  await expect(picker.getByRole('button', { name: 'Next 15 (sandbox)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(only15)).toBeVisible();
  // Code switches follow the same choice, on this page and the next.
  await page.goto(lesson);
  await expect(versions(page).getByRole('tab', { name: 'Next 15 (sandbox)' })).toHaveAttribute('aria-selected', 'true');

  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const noScript = await context.newPage();
  await noScript.goto(prose);
  await expect(noScript.getByText(only15)).toBeVisible();
  await expect(noScript.locator('[data-next-only="next15"]').filter({ hasText: only15 }).getByText('Next 15 (sandbox):')).toBeVisible();
  await expect(noScript.getByRole('group', { name: 'This lesson follows' })).toBeHidden();
  await context.close();
});
