import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('user without JavaScript can follow the tree', async ({ page }) => {
  await page.goto('/decide/');
  const tree = page.getByRole('region', { name: 'Decision tree' });
  await expect(tree.getByText('The interactive version needs JavaScript')).toBeVisible();
  await expect(tree.getByRole('button')).toHaveCount(0);

  await tree.getByRole('link', { name: 'Only my own React components in this app' }).click();
  await expect(page).toHaveURL(/#tree-read-or-write$/);
  await tree.locator('#tree-read-or-write').getByRole('link', { name: 'It reads data to display' }).click();
  await tree.locator('#tree-read-when').getByRole('link', { name: /Later, from the browser/ }).click();
  await tree.locator('#tree-reads-static-export').getByRole('link', { name: 'No, a Next.js server runs it' }).click();
  const outcome = tree.locator('#tree-route-handler-client-reads');
  await expect(outcome.getByRole('heading', { name: /Use a Route Handler \(GET\)/ })).toBeInViewport();
  await expect(outcome.getByRole('link', { name: 'How Route Handlers work' })).toBeVisible();
});

test('user without JavaScript can still read every quiz answer', async ({ page }) => {
  await page.goto('/quiz/');
  const quiz = page.getByRole('region', { name: 'Quiz' });
  const card = quiz.getByRole('article', { name: 'Payment webhook' });
  await expect(card).toContainText('signed POST');
  await card.getByText('Show the answer').click();
  await expect(card.getByText('Route Handler.', { exact: true })).toBeVisible();
});
