import { expect, test } from '@playwright/test';

test('user can share a recommendation link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/decide/');
  const tree = page.getByRole('region', { name: 'Decision tree' });
  await tree.getByRole('button', { name: /Other clients/ }).click();
  await tree.getByRole('button', { name: 'No, it is a server, a native app or a script' }).click();
  await tree.getByRole('button', { name: 'Yes, the same operation from my UI too' }).click();
  await expect(tree.getByRole('heading', { name: /^Use both/ })).toBeVisible();

  await tree.getByRole('button', { name: 'Copy a link to this recommendation' }).click();
  await expect(tree.getByRole('status')).toHaveText(/Link copied/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/decide\/\?path=other-clients\.not-browser\.shared$/);

  const friend = await context.newPage();
  await friend.goto(link);
  const friendsTree = friend.getByRole('region', { name: 'Decision tree' });
  await expect(friendsTree.getByRole('heading', { name: /^Use both/ })).toBeVisible();
  await expect(friendsTree.getByRole('list', { name: 'Your answers so far' })).toContainText('Yes, the same operation from my UI too');
});

test('user who opens a stale or forged link starts safely from the first question', async ({ page }) => {
  await page.goto('/decide/?path=own-ui.<script>.nonsense');
  const tree = page.getByRole('region', { name: 'Decision tree' });
  await expect(tree.getByText('did not match the current questions')).toBeVisible();
  await expect(tree.getByRole('heading', { name: 'Who will call this code?' })).toBeVisible();
  await expect(page).toHaveURL(/\/decide\/$/);
});
