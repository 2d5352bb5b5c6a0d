// A code block's height comes from its line count at build (--lines, src/lib/shiki-options.ts), so that blocks
// off-screen can skip their layout without anything moving (src/styles/global.css). If a line ever renders taller
// than the stylesheet's --code-line, or the count is off, the block would cut its last lines off or leave a gap: this
// compares each block's set height with the height its lines take when laid out freely, on every lesson and example.
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { lessonFiles } from '../lesson-files';

const examples = readdirSync(resolve(import.meta.dirname, '../../examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
  .map((d) => d.name);
const paths = [...lessonFiles.map((l) => `/lessons/${l.slug}/`), ...examples.map((id) => `/examples/${id}/`)];

/** Each shown block whose height is set, with that height and the height its lines take laid out freely. */
function blockHeights(page: Page) {
  return page.locator('pre.astro-code').evaluateAll((blocks) =>
    blocks
      .filter((pre) => pre.checkVisibility() && !pre.closest('.wire'))
      .map((pre) => {
        const el = pre as HTMLElement;
        const name = el.getAttribute('aria-label') ?? 'Code';
        const lines = getComputedStyle(el).getPropertyValue('--lines');
        const set = el.getBoundingClientRect().height;
        for (const [p, v] of [['content-visibility', 'visible'], ['height', 'auto'], ['overflow-y', 'visible']]) el.style.setProperty(p!, v!);
        const free = el.getBoundingClientRect().height - (el.offsetHeight - el.clientHeight);
        for (const p of ['content-visibility', 'height', 'overflow-y']) el.style.removeProperty(p);
        return { name, lines, difference: Math.round((set - free) * 10) / 10 };
      }),
  );
}

test('there are lessons and examples to read', () => {
  expect(lessonFiles.length).toBeGreaterThanOrEqual(24);
  expect(examples.length).toBeGreaterThanOrEqual(15);
});

for (const path of paths) {
  test(`reader sees every line of every code block on ${path}, on a phone and a laptop`, async ({ page }) => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const blocks = await blockHeights(page);
      // Every shown block has its line count; none is cut short or padded.
      expect(blocks.filter((b) => !b.lines), `blocks without --lines at ${width} px`).toEqual([]);
      expect(blocks.filter((b) => b.difference !== 0), `blocks whose set height is not their lines' at ${width} px`).toEqual([]);
    }
  });
}
