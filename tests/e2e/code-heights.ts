import type { Page } from '@playwright/test';

/** Each shown block with a line count: its set height against its lines laid out, and what it keeps out of view. */
export function blockHeights(page: Page) {
  return page.locator('pre.astro-code').evaluateAll((blocks) =>
    blocks
      .filter((pre) => pre.checkVisibility() && !pre.closest('.wire') && (pre.textContent ?? '').trim() !== '')
      .map((pre) => {
        const el = pre as HTMLElement;
        const code = el.querySelector('code')!;
        const name = el.getAttribute('aria-label') ?? 'Code';
        const style = getComputedStyle(el);
        const lines = style.getPropertyValue('--lines');
        el.style.setProperty('content-visibility', 'visible');
        // The block: padding above the first line, the lines, and padding's worth of room under the last one.
        const room = parseFloat(style.paddingTop);
        const difference = el.getBoundingClientRect().height - (code.getBoundingClientRect().height + 2 * room);
        // Vertically, nothing may be out of view: not the last line under a scrollbar, not a line past the height.
        const hidden = el.scrollHeight - el.clientHeight;
        el.style.removeProperty('content-visibility');
        return { name, lines, difference: Math.round(difference * 10) / 10, hidden };
      }),
  );
}
