// One file in both Next.js versions (VersionSwitch.astro): tab semantics, keyboard and the choice. Loaded when the
// switch comes near the viewport (islands.ts).
import { parseTarget, type NextTarget } from '~/lib/version-switch';
import { chooseTarget, followTarget } from '~components/site/version-choice';
import { onTabChoice } from './tab-choice';

class VersionSwitch extends HTMLElement {
  listeners?: AbortController;

  connectedCallback() {
    const tablist = this.querySelector<HTMLElement>('[data-version-tablist]')!;
    const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[data-version-tab]')];
    const panels = [...this.querySelectorAll<HTMLElement>('[data-version-panel]')];
    const targets = tabs.map((tab) => parseTarget(tab.dataset.versionTab));
    this.listeners?.abort();
    const { signal } = (this.listeners = new AbortController());

    const show = (target: NextTarget, focus = false) => {
      const index = Math.max(0, targets.indexOf(target));
      tabs.forEach((tab, i) => {
        tab.setAttribute('aria-selected', String(i === index));
        tab.tabIndex = i === index ? 0 : -1;
        panels[i]!.hidden = i !== index;
      });
      if (focus) tabs[index]!.focus();
    };
    // Every switch on the page follows the choice; the chosen tab stays where it was on screen, so switches
    // above it changing height do not move the page under the reader.
    const choose = (target: NextTarget, focus = false) => {
      const top = tabs[0]!.getBoundingClientRect().top;
      chooseTarget(target);
      show(target, focus);
      window.scrollBy(0, tabs[0]!.getBoundingClientRect().top - top);
    };

    panels.forEach((panel, i) => {
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tabs[i]!.id);
    });
    onTabChoice(tabs, (i, focus) => choose(targets[i]!, focus), signal);
    // A choice made by another switch, the lesson's picker or another tab of the site applies here too.
    followTarget(show, signal);
  }

  disconnectedCallback() {
    this.listeners?.abort();
  }
}
customElements.define('version-switch', VersionSwitch);
