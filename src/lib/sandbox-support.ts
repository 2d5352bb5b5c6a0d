// Decides, before loading anything, whether a live StackBlitz embed can work in this browser, and says why not.

export interface BrowserFacts {
  online: boolean;
  /** navigator.userAgentData brands, when the browser has them (Chromium-based ones do). */
  brands: string[] | undefined;
  storageAvailable: boolean;
  /**
   * window.crossOriginIsolated. The embed asks StackBlitz for cross-origin isolation, which WebContainers need
   * and which only works inside a page that is isolated itself (COOP same-origin + COEP credentialless).
   */
  crossOriginIsolated: boolean | undefined;
}

export const fallbackHint = 'You can still open it in StackBlitz in a new tab, or download it and run it with npm.';

/** Null when an embed can be tried; otherwise a sentence for the reader. */
export function embedBlocker(facts: BrowserFacts): string | null {
  if (!facts.online) return 'You seem to be offline, so the live sandbox cannot load.';
  if (!facts.brands?.some((b) => /Chromium|Chrome|Edge|Opera|Brave/i.test(b))) {
    return 'Live sandboxes run inside the page only in Chromium-based browsers (Chrome, Edge, Brave, Opera).';
  }
  if (!facts.storageAvailable) return 'This browser blocks site storage here, which the live sandbox needs.';
  if (facts.crossOriginIsolated === false) {
    return 'This page was served without the cross-origin isolation headers the live sandbox needs, so it cannot run inside the page.';
  }
  return null;
}
