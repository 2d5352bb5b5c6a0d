// One place for the axe check every browser test uses: WCAG 2.2 AA rules, violations as short lines that name the
// failing elements.
//
// axe runs inside the page. @axe-core/playwright's AxeBuilder does the same audit but adds a round trip per frame and
// then opens a second page to merge the results: on the longest lesson (about 7,800 elements) it took 6.2 s where
// the same audit run in the page took 1.7 s (2-core machine, 2026-12-06). Our pages have no frames until a reader
// opens a sandbox; a page that has one is checked with AxeBuilder, which also enters the frames.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** The WCAG 2.2 AA violations on the page, or inside the elements that `include` selects. */
export async function axeViolations(page: Page, include: string[] = []): Promise<string[]> {
  let violations: Violation[];
  if (await page.locator('iframe').count()) {
    let builder = new AxeBuilder({ page }).withTags(tags);
    for (const selector of include) builder = builder.include(selector);
    violations = (await builder.analyze()).violations;
  } else {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    violations = await page.evaluate(
      async ({ tags, include }) => {
        const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
        const context = include.length ? { include: include.map((s) => [s]) } : document;
        const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target }) => ({ target })) }));
      },
      { tags, include },
    );
  }
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}
