import type { Page } from '@playwright/test';

/**
 * Layout shifts since the page started, once it has loaded, its pairs have their script (unless `pairs` is false:
 * a pair far from the viewport loads its script only when the reader gets near it) and two frames passed.
 */
export async function layoutShifts(page: Page, { pairs = true } = {}): Promise<{ value: number; sources: string[] }[]> {
  await page.waitForFunction((pairs) => document.readyState === 'complete' && (!pairs || !!customElements.get('sandbox-pair')), pairs);
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            // Layout shifts are not in performance.getEntries(); a buffered observer hands over the earlier ones.
            type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
            const observer = new PerformanceObserver(() => {});
            observer.observe({ type: 'layout-shift', buffered: true });
            const shifts = (observer.takeRecords() as Shift[]).filter((s) => !s.hadRecentInput);
            observer.disconnect();
            resolve(
              shifts.map((s) => ({
                value: s.value,
                // What moved, and from where to where, so a failure says which element to look at.
                sources: s.sources.map((source) => {
                  const node = source.node;
                  const name = node instanceof Element ? `<${node.localName} class="${node.className}">${(node.textContent ?? '').trim().slice(0, 30)}` : String(node?.nodeName);
                  const at = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
                  return `${name} ${at(source.previousRect)} -> ${at(source.currentRect)} at ${Math.round(s.startTime)} ms`;
                }),
              })),
            );
          }),
        );
      }),
  );
}
