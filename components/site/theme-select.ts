// Light / dark / auto: stores the reader's choice and applies it (the head script in Base.astro applies the stored
// one before first paint, and islands.ts shows it in the select). Loaded on first use, or when the system's theme
// changes while the choice is "auto".
type Choice = 'auto' | 'light' | 'dark';
const media = matchMedia('(prefers-color-scheme: dark)');

function readChoice(): Choice {
  try {
    const stored = localStorage.getItem('theme');
    return stored === 'light' || stored === 'dark' ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

function apply(choice: Choice) {
  const theme = choice === 'auto' ? (media.matches ? 'dark' : 'light') : choice;
  document.documentElement.dataset.theme = theme;
  document.dispatchEvent(new CustomEvent('themechange', { detail: theme }));
}

class ThemeSelect extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select')!;
    select.addEventListener('change', () => {
      const choice = select.value as Choice;
      try {
        if (choice === 'auto') localStorage.removeItem('theme');
        else localStorage.setItem('theme', choice);
      } catch {
        // Storage blocked: the choice still applies to this page.
      }
      apply(choice);
    });
    media.addEventListener('change', () => {
      if (readChoice() === 'auto') apply('auto');
    });
    // The system's theme may have changed since the page opened.
    apply(readChoice());
  }
}
customElements.define('theme-select', ThemeSelect);

export {};
