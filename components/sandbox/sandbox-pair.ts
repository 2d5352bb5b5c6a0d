// A paired example's behaviour (SandboxPair.astro): tab semantics and keyboard, the remembered side, "Run live".
// Loaded when the pair comes near the viewport; a click before then is replayed once it has loaded (islands.ts).
import { pairSideEvent, pairSideKey, parseSide, saveSide, shownSide, type PairSide } from '~/lib/pair-side';
import { fillAll, fillDeferred } from './deferred';
import { onTabChoice } from './tab-choice';
import { startLive } from './start-live';

const storage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** The side every pair shows: the one <html data-pair-side> names (the head script set it from storage). */
const chosenSide = (): PairSide => parseSide(document.documentElement.dataset.pairSide);

/** Remembers the choice and tells every pair; CSS follows <html data-pair-side> at once. */
function chooseSide(side: PairSide) {
  saveSide(storage(), side);
  if (side === 'action') delete document.documentElement.dataset.pairSide;
  else document.documentElement.dataset.pairSide = side;
  document.dispatchEvent(new CustomEvent(pairSideEvent));
}

class SandboxPair extends HTMLElement {
  session?: AbortController;
  listeners?: AbortController;

  connectedCallback() {
    this.listeners?.abort();
    const { signal } = (this.listeners = new AbortController());
    this.setUpTabs(signal);
    this.setUpDeferred(signal);
    const run = this.querySelector<HTMLButtonElement>('[data-run]')!;
    run.addEventListener('click', () => this.run(run), { signal });
  }

  disconnectedCallback() {
    this.listeners?.abort();
  }

  // In a lesson, the shared code, the wire recordings and the Next 15 version of a file stay on the example's page
  // (deferred.ts), each a link there. Opening the shared code or a recording loads it in place, and so does
  // following one of the links: always at the reader's asking, so nothing moves on its own.
  setUpDeferred(signal: AbortSignal) {
    const fillOpen = () => fillAll(this, (link) => !!link.closest('details[open]'));
    this.addEventListener('toggle', () => void fillOpen(), { capture: true, signal });
    this.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element).closest?.<HTMLElement>('[data-defer]');
        if (!link || link.dataset.deferState === 'failed' || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        void fillDeferred(link);
      },
      { signal },
    );
    void fillOpen();
  }

  // CSS decides whether the pair shows tabs and which panel is open; this keeps ARIA in step with what shows and
  // handles the tabs' clicks and keys.
  setUpTabs(signal: AbortSignal) {
    const tablist = this.querySelector<HTMLElement>('[data-tablist]')!;
    const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const panels = [...this.querySelectorAll<HTMLElement>('[data-panel]')];
    const sides = tabs.map((tab) => parseSide(tab.dataset.side));
    let tabbed: boolean | undefined;

    const sync = () => {
      const index = sides.indexOf(shownSide(chosenSide(), sides));
      tabs.forEach((tab, i) => {
        tab.setAttribute('aria-selected', String(i === index));
        tab.tabIndex = i === index ? 0 : -1;
      });
      const nowTabbed = getComputedStyle(tablist).display !== 'none';
      if (nowTabbed === tabbed) return;
      tabbed = nowTabbed;
      panels.forEach((panel, i) => {
        if (tabbed) panel.setAttribute('role', 'tabpanel');
        else panel.removeAttribute('role');
        panel.setAttribute('aria-labelledby', tabbed ? tabs[i]!.id : `${panel.id}-title`);
      });
    };
    const choose = (i: number, focus = false) => {
      // The chosen tab stays where it is on screen though pairs above it change height.
      const top = tabs[i]!.getBoundingClientRect().top;
      chooseSide(sides[i]!);
      if (focus) tabs[i]!.focus();
      window.scrollBy(0, tabs[i]!.getBoundingClientRect().top - top);
    };
    onTabChoice(tabs, choose, signal);
    document.addEventListener(pairSideEvent, sync, { signal });
    // A choice made in another tab of the site.
    window.addEventListener(
      'storage',
      (event) => {
        if (event.key !== pairSideKey) return;
        const side = parseSide(event.newValue);
        if (side === 'action') delete document.documentElement.dataset.pairSide;
        else document.documentElement.dataset.pairSide = side;
        sync();
      },
      { signal },
    );
    // Whether tabs show depends on the pair's width (a container query): ARIA follows when it changes.
    const resize = new ResizeObserver(sync);
    resize.observe(this);
    signal.addEventListener('abort', () => resize.disconnect());
    sync();
    // A link into a tab that is not showing (a lesson's "The shared code, on the example's page", on a phone) opens
    // that tab and scrolls to it.
    const openLinkedTab = () => {
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      const panel = target && this.contains(target) ? target.closest<HTMLElement>('[data-panel]') : null;
      if (!target || !panel || getComputedStyle(panel).display !== 'none') return;
      chooseSide(sides[panels.indexOf(panel)]!);
      target.scrollIntoView();
    };
    openLinkedTab();
    window.addEventListener('hashchange', openLinkedTab, { signal });
  }

  run(button: HTMLButtonElement) {
    this.session?.abort();
    this.session = new AbortController();
    const { payload, example, title } = this.dataset;
    void startLive({ root: this, button, payloadUrl: payload!, example: example!, title: title!, session: this.session });
  }
}
customElements.define('sandbox-pair', SandboxPair);
