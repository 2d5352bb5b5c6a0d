// Every page in the sitemap, in light and dark (and in the light theme on a phone too): no WCAG 2.2 AA violations, no
// console errors, no CSP violations, no sideways scrolling, and the tags search engines and link previews need.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { axeViolations } from './axe';

const dist = resolve(import.meta.dirname, '../../dist');
const sitemap = readdirSync(dist)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));

const phone = { width: 390, height: 844 };

test('the sitemap lists every page', () => {
  expect(sitemap.length).toBeGreaterThan(30);
  expect(sitemap).toContain('/');
  expect(sitemap).toContain('/quiz/');
});

for (const path of sitemap) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${path} in ${theme} theme is accessible, error-free and within the CSP`, async ({ page }) => {
      // Two axe runs (desktop and phone) over the longest lessons (7,800 elements: both Next.js versions of each
      // quoted file and wire recording) take up to 8 s of this test's 8-9 s on a 2-core machine with both workers
      // busy: more than a quarter of the default 30 s. 60 s keeps a machine several times slower green.
      test.setTimeout(60_000);
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

      expect(await axeViolations(page), 'axe WCAG 2.2 AA on a desktop').toEqual([]);
      // Narrow layouts hide and rearrange things (the menu, labels of icon buttons) and make wide content
      // scroll (diagrams, charts, code, tables): check the same page again at phone width, without reloading.
      // Layout does not depend on the theme, so once, in the light theme; the dark run above covers its colours.
      if (theme === 'light') {
        await page.setViewportSize(phone);
        expect(await axeViolations(page), 'axe WCAG 2.2 AA on a phone').toEqual([]);
      }
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

// The open course outline covers the page on a phone; the loop above sees it closed.
for (const theme of ['light', 'dark'] as const) {
  test(`the course outline menu on a phone in ${theme} theme is accessible`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/lessons/forms/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

// WCAG 1.4.10 reflow: at 320 CSS px the page itself must not scroll sideways (wide content scrolls inside
// its own focusable region instead). Layout does not depend on the theme, so the default light one only.
for (const path of sitemap) {
  test(`${path} reflows without sideways scrolling at 320 and 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: phone.height });
    await page.goto(path);
    for (const width of [320, phone.width]) {
      await page.setViewportSize({ width, height: phone.height });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `document scroll width at ${width} px`).toBeLessThanOrEqual(innerWidth);
    }
  });
}

test('robots.txt points to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*/m);
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});
