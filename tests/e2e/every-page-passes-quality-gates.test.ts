// Every page in the sitemap, in light and dark: no WCAG 2.2 AA violations, no console errors, no CSP
// violations, and the tags search engines and link previews need.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');
const sitemap = readdirSync(dist)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));

test('the sitemap lists every page', () => {
  expect(sitemap.length).toBeGreaterThan(30);
  expect(sitemap).toContain('/');
  expect(sitemap).toContain('/quiz/');
});

for (const path of sitemap) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${path} in ${theme} theme is accessible, error-free and within the CSP`, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      // Pages that embed sandboxes would post to StackBlitz only on click; keep any stray request local.
      await page.route('https://stackblitz.com/**', (route) => route.abort());
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Bring lazy islands in: they hydrate when visible.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.evaluate(() => window.scrollTo(0, 0));

      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      expect(violations, 'axe WCAG 2.2 AA').toEqual([]);
      expect(problems, 'console errors and CSP violations').toEqual([]);

      if (theme === 'light') {
        await expect(page).toHaveTitle(/\S/);
        const head = page.locator('head');
        await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /.{30,}/);
        await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
        await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', /\S/);
        if (!path.startsWith('/sandbox/')) {
          await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        }
      }
    });
  }
}

// Narrow layouts hide and rearrange things (the menu, labels of icon buttons): check each page type there too.
for (const path of ['/', '/lessons/forms/', '/decide/', '/quiz/', '/examples/forms/']) {
  test(`${path} on a phone is accessible`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Lesson pages have a menu: check the page with it open as well.
    const menu = page.getByRole('button', { name: 'Menu' });
    if ((await menu.count()) > 0) {
      await menu.click();
      await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeVisible();
      const open = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(open.violations.map((v) => v.id)).toEqual([]);
    }
  });
}

test('robots.txt points to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*/m);
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});
