// The header's search: loaded on first use (components/site/islands.ts), which is also the moment to fetch the index.
import { highlightFromUrl, preloadSearch, SearchController } from './search-client';

class SiteSearch extends HTMLElement {
  open = () => {};

  connectedCallback() {
    const openButton = this.querySelector<HTMLButtonElement>('[data-open]')!;
    const dialog = this.querySelector<HTMLDialogElement>('[data-dialog]')!;
    const controller = new SearchController(dialog);
    this.open = () => {
      if (!dialog.open) controller.open(document.activeElement as HTMLElement | null);
    };
    openButton.addEventListener('click', this.open);
    // The script loads when the reader points at, touches or tabs to the search (~100–300 ms before a click), or
    // presses its key: the moment to fetch the index.
    preloadSearch();
    document.addEventListener('keydown', (event) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
      if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.open();
      } else if (event.key === '/' && !typing && !dialog.open) {
        event.preventDefault();
        this.open();
      }
    });
  }
}
customElements.define('site-search', SiteSearch);
highlightFromUrl();
