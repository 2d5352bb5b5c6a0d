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

test('user opens a pair’s shared code when the pair’s script cannot load, and it still opens', async ({ page }) => {
  // A tab left open across a deploy asks for a script that is gone.
  await page.route('**/_astro/sandbox-pair.*.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/lessons/forms/');
  const shared = page.locator('sandbox-pair details.shared-code');
  await shared.locator('summary').click();
  await expect(shared).toHaveAttribute('open', '');
  await expect(shared.getByRole('link', { name: /The shared code, on the example/ })).toBeVisible();
});

test('user moves through a question’s choices with the arrow keys before its script loads, and nothing is answered', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/check-yourself.*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/lessons/forms/');
  const region = page.getByRole('region', { name: 'Check yourself' });
  const first = region.getByRole('group').first();
  await first.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio').nth(1)).toBeChecked();
  release();
  await page.waitForFunction(() => !!customElements.get('check-yourself'));
  await expect(region.getByText(/^0 of \d+ answered$/)).toBeVisible();
  await expect(first.getByRole('status')).toBeEmpty();
  // Space answers, as it does once the script runs.
  await page.keyboard.press('Space');
  await expect(region.getByText(/^1 of \d+ answered$/)).toBeVisible();
});

test('user ctrl-clicks a link in a pair before its script loads, and it opens in a new tab', async ({ page, context }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/sandbox-pair.*.js', async (route) => {
    await held;
    await route.continue();
  });
  // A reader of Next 15 sees, in the pair, a link to each changed file's Next 15 version.
  await page.addInitScript(() => localStorage.setItem('next-version-v1', '"next15"'));
  await page.goto('/lessons/forms/');
  const link = page.locator('sandbox-pair').getByRole('link', { name: "app/action/actions.ts as it is in Next 15, on the example's page" });
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['ControlOrMeta'] })]);
  await expect(tab).toHaveURL(/\/examples\/forms\/#pair-forms-action-0-next15$/);
  await expect(link).toBeVisible();
  release();
});

test('user who opens a lesson at its end does not have it marked as done', async ({ page }) => {
  await page.clock.install();
  await page.goto('/lessons/how-server-actions-work/#further-reading');
  const done = page.getByRole('button', { name: 'Mark this lesson as done' });
  // The page scrolls itself, as a browser does for a #fragment or a restored position: no reader input.
  await done.evaluate((button) => button.scrollIntoView());
  await page.waitForFunction(() => !!customElements.get('lesson-done'));
  await page.clock.runFor(3000);
  await expect(done).toHaveAttribute('aria-pressed', 'false');
});
