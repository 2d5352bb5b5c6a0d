import { expect, test } from '@playwright/test';
import { lessonFiles } from '../lesson-files';

for (const lesson of lessonFiles) {
  test(`user can read lesson ${lesson.order}: ${lesson.title}`, async ({ page }) => {
    await page.goto(`/lessons/${lesson.slug}/`);
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Further reading' })).toBeVisible();
    for (const id of lesson.pairs) {
      const pair = page.locator('sandbox-pair').filter({ has: page.locator(`#pair-${id}`) });
      await expect(pair).toBeVisible();
      await expect(pair.getByRole('button', { name: 'Run live' })).toBeVisible();
      await expect(pair.getByRole('link', { name: 'Download .zip' })).toHaveAttribute('href', `/downloads/${id}.zip`);
    }
  });
}

test('user sees request-flow diagrams described for screen readers', async ({ page }) => {
  await page.goto('/lessons/how-server-actions-work/');
  const diagram = page.getByRole('img', { name: /A Server Action call/ });
  await expect(diagram).toBeVisible();
  await expect(diagram).toHaveAccessibleDescription(/Next-Action/);
});
