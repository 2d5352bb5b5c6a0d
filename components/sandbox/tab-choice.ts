// The tab lists of a pair and of a version switch: a click chooses a tab; the arrow keys, Home and End move the
// choice and the focus (tabForKey in src/lib/version-switch.ts).
import { tabForKey } from '~/lib/version-switch';

export function onTabChoice(tabs: HTMLElement[], choose: (index: number, focus: boolean) => void, signal: AbortSignal): void {
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => choose(i, false), { signal });
    tab.addEventListener(
      'keydown',
      (event) => {
        const next = tabForKey(event.key, i, tabs.length);
        if (next === undefined) return;
        event.preventDefault();
        choose(next, true);
      },
      { signal },
    );
  });
}
