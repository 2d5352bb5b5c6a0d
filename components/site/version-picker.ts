// The lesson's Next.js version picker (VersionPicker.astro): loaded when the reader first uses it (islands.ts, which
// also shows the reader's version in it at load).
import { parseTarget, type NextTarget } from '~/lib/version-switch';
import { chooseTarget, followTarget } from './version-choice';

class VersionPicker extends HTMLElement {
  listeners?: AbortController;

  connectedCallback() {
    const group = this.querySelector<HTMLElement>('[data-picker]')!;
    const buttons = [...group.querySelectorAll<HTMLButtonElement>('[data-picker-target]')];
    this.listeners?.abort();
    const { signal } = (this.listeners = new AbortController());
    const show = (target: NextTarget) => {
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.pickerTarget === target));
    };
    for (const button of buttons) button.addEventListener('click', () => chooseTarget(parseTarget(button.dataset.pickerTarget)), { signal });
    followTarget(show, signal);
  }

  disconnectedCallback() {
    this.listeners?.abort();
  }
}
customElements.define('version-picker', VersionPicker);
