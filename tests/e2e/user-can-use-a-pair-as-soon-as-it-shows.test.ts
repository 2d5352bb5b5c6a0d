// A paired example is laid out by HTML and CSS alone (components/sandbox/SandboxPair.astro): tabs where the pair is
// narrow, both sides where there is room, the reader's remembered tab and Next.js version from the first paint. The
// script only adds behaviour, so nothing moves under the reader's pointer once the page shows.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { layoutShifts } from './layout-shifts';
import { interceptStackBlitz } from './stackblitz-stand-in';

const pages = ['/examples/forms/', '/lessons/forms/#pair-forms', '/lessons/authentication-and-sessions/#pair-auth'];
const widths = { phone: 390, laptop: 1280, wide: 1920 };

for (const path of pages) {
  for (const [device, width] of Object.entries(widths)) {
    test(`user on a ${device} sees ${path} without anything moving after first paint`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      expect(await layoutShifts(page)).toEqual([]);
    });
  }
}

test('user who chose the Route Handler tab and Next 15 sees them from the first paint, with nothing moving', async ({ page }) => {
  await page.setViewportSize({ width: widths.phone, height: 900 });
  await page.goto('/examples/forms/');
  const pair = page.locator('sandbox-pair');
  await pair.getByRole('tab', { name: 'Route Handler' }).click();
  await page.getByRole('tab', { name: 'Next 15 (sandbox)' }).first().click();
  await page.goto('/lessons/forms/#pair-forms');
  await expect(pair.getByRole('tab', { name: 'Route Handler' })).toHaveAttribute('aria-selected', 'true');
  await expect(pair.getByRole('tabpanel', { name: 'Route Handler' })).toContainText('export async function POST');
  expect(await layoutShifts(page)).toEqual([]);
});

// Every lesson that embeds a pair, by its slug and example id.
const lessonsDir = resolve(import.meta.dirname, '../../content/lessons');
const pairLessons = readdirSync(lessonsDir)
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) => [...readFileSync(resolve(lessonsDir, f), 'utf8').matchAll(/<SandboxPair example="([^"]+)"/g)].map((m) => ({ slug: f.replace(/\.mdx$/, ''), example: m[1]! })));

test('there are pair lessons to click', () => {
  expect(pairLessons.length).toBeGreaterThanOrEqual(15);
});

for (const { slug, example } of pairLessons) {
  test(`user on a phone clicks "Run live" in ${slug} the moment the page is parsed, and the sandbox starts`, async ({ page }) => {
    const posts = await interceptStackBlitz(page);
    await page.setViewportSize({ width: widths.phone, height: 900 });
    // Not waiting for the load event: scripts run before DOMContentLoaded, and the reader may click as soon as they do.
    await page.goto(`/lessons/${slug}/#pair-${example}`, { waitUntil: 'domcontentloaded' });
    await page.locator('sandbox-pair').getByRole('button', { name: 'Run live' }).click();
    await expect.poll(() => posts.length).toBe(1);
    await expect(page.locator('sandbox-pair').getByRole('status')).toHaveText(/The sandbox is running/);
  });
}
