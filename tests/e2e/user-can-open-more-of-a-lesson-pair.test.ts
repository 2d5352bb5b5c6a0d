// A lesson's pair shows both sides; the shared code, the wire recordings and the Next 15 version of a changed file
// stay on the example's page, and load in place when the reader asks (components/sandbox/deferred.ts).
import { expect, test } from '@playwright/test';

const lesson = '/lessons/forms/';

test('user opens the shared code under a lesson’s pair, and it loads in place', async ({ page }) => {
  await page.goto(lesson);
  const pair = page.locator('sandbox-pair');
  const shared = pair.locator('details.shared-code');
  await expect(shared.locator('summary')).toContainText('lib/posts.ts');
  await expect(pair.getByRole('region', { name: 'Code: lib/posts.ts' })).toHaveCount(0);
  await shared.locator('summary').click();
  await expect(pair.getByRole('region', { name: 'Code: lib/posts.ts' })).toContainText('export');
  await expect(shared.getByRole('link', { name: /on the example's page/ })).toHaveCount(0);
});

test('user who chose Next 15 loads a changed file’s Next 15 version in place with one click', async ({ page }) => {
  await page.goto(lesson);
  await page.getByRole('group', { name: 'This lesson follows' }).getByRole('button', { name: 'Next 15 (sandbox)' }).click();
  const pair = page.locator('sandbox-pair');
  const link = pair.getByRole('link', { name: "app/action/actions.ts as it is in Next 15, on the example's page" });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${lesson}$`));
  await expect(pair.getByRole('region', { name: 'Code: app/action/actions.ts', exact: true })).toContainText("'use server'");
});

test('user whose browser cannot fetch the example’s page keeps the link, told to follow it', async ({ page }) => {
  await page.route('**/examples/forms/', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(lesson);
  const shared = page.locator('sandbox-pair details.shared-code');
  await shared.locator('summary').click();
  await expect(shared).toContainText('could not load it here: follow the link');
  await expect(shared.getByRole('link', { name: /The shared code, on the example/ })).toHaveAttribute('href', '/examples/forms/#pair-forms-shared');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('user without JavaScript follows a pair’s links to the shared code and the recordings', async ({ page }) => {
    await page.goto(lesson);
    const shared = page.locator('sandbox-pair details.shared-code');
    await shared.locator('summary').click();
    await shared.getByRole('link', { name: /The shared code, on the example/ }).click();
    await expect(page).toHaveURL(/\/examples\/forms\/#pair-forms-shared$/);
    await expect(page.getByRole('heading', { name: 'Shared code', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Code: lib/posts.ts' })).toBeVisible();

    await page.goto(lesson);
    const wire = page.locator('sandbox-pair details.wire').first();
    await wire.locator('summary').click();
    await wire.getByRole('link', { name: /The recorded request and response/ }).click();
    await expect(page).toHaveURL(/\/examples\/forms\/#wire-forms-serverAction-next16-body$/);
    // The browser opens the recording the link points into.
    await expect(page.getByRole('region', { name: 'Code: forms: Server Action request (Next 16)' })).toBeVisible();
  });
});

test('keyboard user who follows a Next 15 link lands on the code that replaced it', async ({ page }) => {
  await page.goto(lesson);
  await page.getByRole('group', { name: 'This lesson follows' }).getByRole('button', { name: 'Next 15 (sandbox)' }).click();
  const pair = page.locator('sandbox-pair');
  await pair.getByRole('link', { name: "app/action/actions.ts as it is in Next 15, on the example's page" }).focus();
  await page.keyboard.press('Enter');
  await expect(pair.getByRole('region', { name: 'Code: app/action/actions.ts', exact: true })).toBeFocused();
});

test('user whose browser keeps failing to fetch the example’s page is told once', async ({ page }) => {
  await page.route('**/examples/forms/', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(lesson);
  const shared = page.locator('sandbox-pair details.shared-code');
  const summary = shared.locator('summary');
  await summary.click();
  await expect(shared).toContainText('could not load it here');
  await summary.click();
  await summary.click();
  await expect(shared).toHaveAttribute('open', '');
  expect((await shared.textContent())!.match(/could not load it here/g)).toHaveLength(1);
});

test('user on a phone follows a link to the shared code, and the example’s page opens that tab', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/examples/forms/#pair-forms-shared');
  const tabs = page.getByRole('tablist', { name: /code$/ });
  await expect(tabs.getByRole('tab', { name: 'Shared code' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Code: lib/posts.ts' })).toBeInViewport();
});
