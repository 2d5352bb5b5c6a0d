import { expect, test } from '@playwright/test';

const formPath = [
  'Only my own React components in this app',
  'It changes data (create, update, delete, upload)',
  'No, a Next.js server runs it',
  'No, my component just needs the result',
  'No',
  'By submitting a form',
];

test('user can get a recommendation by answering questions', async ({ page }) => {
  await page.goto('/decide/');
  const tree = page.getByRole('region', { name: 'Decision tree' });
  await expect(tree.getByRole('heading', { name: 'Who will call this code?' })).toBeVisible();

  for (const label of formPath) {
    await tree.getByRole('button', { name: label, exact: true }).click();
  }
  const outcome = tree.getByRole('heading', { name: /^Use a Server Action/ });
  await expect(outcome).toBeVisible();
  await expect(outcome).toBeFocused();
  await expect(tree.locator('[aria-live="polite"]')).toHaveText('Recommendation: Use a Server Action');
  await expect(tree.getByRole('list', { name: 'Because you answered' })).toContainText('By submitting a form');
  await expect(tree.getByRole('list', { name: 'Read more' }).getByRole('link').first()).toHaveAttribute('href', /\/lessons\//);
  await expect(tree.getByRole('link', { name: 'Run the sandbox: Create a post from a form' })).toHaveAttribute('href', '/examples/forms/');
  await expect(page).toHaveURL(/\?path=own-ui\.write\.server\.no-http\.no-limits\.form$/);
});

test('user can step back and start over', async ({ page }) => {
  await page.goto('/decide/');
  const tree = page.getByRole('region', { name: 'Decision tree' });
  await tree.getByRole('button', { name: 'Only my own React components in this app' }).click();
  const second = tree.getByRole('heading', { name: 'Does it read data or change data?' });
  await expect(second).toBeFocused();
  await tree.getByRole('button', { name: 'It reads data to display' }).click();
  await tree.getByRole('button', { name: 'When the page renders (a list, a profile, a dashboard)' }).click();
  await expect(tree.getByRole('heading', { name: /^Use neither/ })).toBeVisible();

  await tree.getByRole('button', { name: 'Back' }).click();
  await expect(tree.getByRole('heading', { name: 'When is the data needed?' })).toBeFocused();
  // Back is a step in the browser history too: the browser's back button returns to the outcome.
  await page.goBack();
  await expect(tree.getByRole('heading', { name: /^Use neither/ })).toBeVisible();
  await tree.getByRole('button', { name: 'Start over' }).click();
  await expect(tree.getByRole('heading', { name: 'Who will call this code?' })).toBeFocused();
  await expect(page).toHaveURL(/\/decide\/$/);
});

test('user can answer with the keyboard alone', async ({ page }) => {
  await page.goto('/decide/');
  const tree = page.getByRole('region', { name: 'Decision tree' });
  const first = tree.getByRole('button', { name: /An outside service calling back/ });
  await expect(first).toBeEnabled();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(tree.getByRole('heading', { name: /^Use a Route Handler/ })).toBeFocused();
});
