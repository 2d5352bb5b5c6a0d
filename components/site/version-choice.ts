// The reader's Next.js version choice in the browser: one place that stores it, tells every version switch and
// picker on the page, and sets <html data-next>, which shows only the chosen version's prose (src/styles/global.css).
// The rules (what is stored, what a stored value means) live in src/lib/version-switch.ts.
import { changeEvent, loadTarget, parseTarget, saveTarget, storageKey, type NextTarget } from '~/lib/version-switch';

// localStorage itself can throw (blocked storage); the helpers treat a missing store as "no choice".
const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** Stores the choice (where storage allows) and announces it to every switch and picker on the page. */
export function chooseTarget(target: NextTarget): void {
  saveTarget(storage(), target);
  document.dispatchEvent(new CustomEvent(changeEvent, { detail: target }));
}

/** Calls `show` with the current choice now, and again whenever it changes on this page or in another tab. */
export function followTarget(show: (target: NextTarget) => void, signal: AbortSignal): void {
  const apply = (target: NextTarget) => {
    document.documentElement.dataset.next = target;
    show(target);
  };
  document.addEventListener(changeEvent, (event) => apply(parseTarget((event as CustomEvent<unknown>).detail)), { signal });
  window.addEventListener('storage', (event) => event.key === storageKey && apply(parseTarget(event.newValue)), { signal });
  apply(loadTarget(storage()));
}
