// Headless Chromium hides scrollbars. A reader on a desktop with classic scrollbars has a sideways scrollbar under
// every code block that scrolls sideways, and code blocks have a height set from their line count so that blocks
// off-screen can skip their layout (src/styles/global.css): the scrollbar must fit in the room under the last line,
// at any text size, and nothing may move at first paint, at a #fragment, or while the reader scrolls.
import { expect, test, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium';
import { blockHeights } from './code-heights';
import { layoutShifts } from './layout-shifts';

test.use({ launchOptions: { executablePath: findChromium(), args: chromiumArgs, ignoreDefaultArgs: ['--hide-scrollbars'] } });

/** The thickest sideways scrollbar among the page's shown code blocks, in CSS pixels. */
const thickestScrollbar = (page: Page) =>
  page.locator('pre.astro-code').evaluateAll((blocks) =>
    Math.max(
      ...blocks
        .filter((b) => b.checkVisibility())
        .map((b) => {
          const el = b as HTMLElement;
          el.style.setProperty('content-visibility', 'visible');
          const thickness = el.offsetHeight - el.clientHeight;
          el.style.removeProperty('content-visibility');
          return thickness;
        }),
    ),
  );

for (const fontSize of ['9px', '12px', '16px', '24px']) {
  test(`user with scrollbars and ${fontSize} text sees the last line of every code block above its scrollbar`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto('/lessons/authentication-and-sessions/');
    await page.evaluate((size) => document.documentElement.style.setProperty('font-size', size), fontSize);
    expect(await thickestScrollbar(page), 'this browser shows scrollbars that take space').toBeGreaterThan(0);
    const blocks = await blockHeights(page);
    expect(blocks.filter((b) => b.hidden > 0)).toEqual([]);
  });
}

const pages = ['/lessons/forms/', '/lessons/forms/#pair-forms', '/lessons/authentication-and-sessions/#pair-auth', '/lessons/authentication-and-sessions/#check-yourself', '/examples/auth/'];

for (const path of pages) {
  for (const width of [390, 1280]) {
    test(`user with scrollbars at ${width} px sees nothing move on ${path}, at first paint or scrolling down and back`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      expect(await layoutShifts(page, { pairs: false })).toEqual([]);
      // Scrolling with the wheel (a scroll is not an input that excuses a shift), down a few screens and back up.
      await page.mouse.move(width / 2, 450);
      for (const dy of [800, 800, 800, -800, -800, -800, -800]) {
        const before = await page.evaluate(() => scrollY);
        await page.mouse.wheel(0, dy);
        await page.waitForFunction(([y, down]) => (down ? scrollY > y || innerHeight + scrollY >= document.documentElement.scrollHeight - 1 : scrollY < y || scrollY === 0), [before, dy > 0] as const);
      }
      expect(await layoutShifts(page, { pairs: false }), 'shifts while scrolling').toEqual([]);
    });
  }
}

test('user with scrollbars sees the page keep room for its scrollbar while it is still shorter than the window', async ({ page }) => {
  // A page painted before the rest of its HTML arrives is short at first; the room must not appear only once it grows.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/lessons/forms/');
  // The page's width as laid out (clientWidth on <html> leaves out a gutter kept without a scrollbar in it).
  const width = () => page.evaluate(() => document.body.getBoundingClientRect().width);
  const tall = await width();
  expect(tall).toBeLessThan(1280);
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('body > *').forEach((el) => el.style.setProperty('display', 'none')));
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
  expect(await width()).toBe(tall);
});
