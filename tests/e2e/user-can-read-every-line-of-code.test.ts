// A code block's height comes from its line count at build (--lines, src/lib/shiki-options.ts), so that blocks
// off-screen can skip their layout without anything moving (src/styles/global.css). If the count were off, or a line
// rendered taller than the stylesheet's --code-line, the block would cut its last lines off or leave a gap: this
// compares each block's set height with its lines laid out, on every lesson and example, and checks that nothing in
// the block is out of its view (tests/e2e/user-with-scrollbars-sees-nothing-move.test.ts does the same with
// scrollbars that take space).
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { lessonFiles } from '../lesson-files';
import { blockHeights } from './code-heights';

const examples = readdirSync(resolve(import.meta.dirname, '../../examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
  .map((d) => d.name);
const paths = [...lessonFiles.map((l) => `/lessons/${l.slug}/`), ...examples.map((id) => `/examples/${id}/`)];

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
      // Every shown block has its line count, is exactly as tall as its lines, and keeps none of them out of view.
      expect(blocks.filter((b) => !b.lines), `blocks without --lines at ${width} px`).toEqual([]);
      expect(blocks.filter((b) => b.difference !== 0 || b.hidden > 0), `blocks not as tall as their lines at ${width} px`).toEqual([]);
    }
  });
}
