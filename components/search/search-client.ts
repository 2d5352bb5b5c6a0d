// Search dialog behaviour: loads Pagefind when the reader heads for search (hover or focus of the button, or on
// open; the whole index loads once the dialog opens), searches on every keystroke (no debounce: a query takes a few ms
// once the index is in), renders results with sub-results, keyboard navigation.

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

const highlightParam = 'highlight';
// A variable keeps Vite from bundling the index: it only exists after a build, at this URL.
const pagefindUrl = '/pagefind/pagefind.js';
const highlighterUrl = '/pagefind/pagefind-highlight.js';
const maxResults = 8;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= import(/* @vite-ignore */ pagefindUrl).then(async (pagefind: Pagefind) => {
    // pageLength 0.5 (default 0.75): a lesson that teaches an API at length should not rank below one that only names
    // it in passing because it is longer. Tuned by what the search tests expect to come first.
    await pagefind.options({ highlightParam, excerptLength: 24, ranking: { pageLength: 0.5 } });
    // Fetches the WebAssembly and the index's entry now, not on the first keystroke.
    await pagefind.init();
    return pagefind;
  });
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}

/** Starts loading Pagefind ahead of the first query; failures are reported when the dialog opens. */
export function preloadSearch() {
  loadPagefind().catch(() => undefined);
}

let warming: Promise<void> | undefined;
/**
 * Loads the whole index (a few small chunks, split by word prefix) so that later keystrokes search what is already in
 * memory instead of waiting for the chunk their word falls in. It starts once the reader's first query has its top
 * result, or shortly after the dialog opens if they have not typed yet, so it never slows that first query down.
 */
function warmIndex(pagefind: Pagefind): Promise<void> {
  warming ??= Promise.all([...'abcdefghijklmnopqrstuvwxyz0123456789'].map((prefix) => pagefind.preload(prefix)))
    .then(() => undefined)
    .catch(() => undefined);
  return warming;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class SearchController {
  private input: HTMLInputElement;
  private list: HTMLUListElement;
  private status: HTMLElement;
  private note: HTMLElement;
  private opener: HTMLElement | null = null;
  private active = -1;
  private query = 0;

  constructor(private dialog: HTMLDialogElement) {
    this.input = dialog.querySelector('[data-input]')!;
    this.list = dialog.querySelector('[data-results]')!;
    this.status = dialog.querySelector('[data-status]')!;
    this.note = dialog.querySelector('[data-note]')!;
    this.input.addEventListener('input', () => this.search(this.input.value));
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    dialog.querySelector('[data-close]')!.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => this.opener?.focus());
    // A click on the backdrop (outside the box) closes the dialog.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    this.list.addEventListener('mousemove', (event) => {
      const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      if (option) this.setActive(this.options().indexOf(option));
    });
  }

  open(opener: HTMLElement | null) {
    this.opener = opener;
    this.dialog.showModal();
    this.input.focus();
    this.input.select();
    loadPagefind().then(
      (pagefind) => {
        this.note.hidden = true;
        setTimeout(() => this.warm(pagefind), 300);
      },
      () => this.showNote('There is no search index yet. Run `npm run build` once; the dev server then searches the last build.'),
    );
  }

  /** Loads the rest of the index; the dialog says when it is all in memory (`data-index="loaded"`). */
  private warm(pagefind: Pagefind) {
    void warmIndex(pagefind).then(() => (this.dialog.dataset.index = 'loaded'));
  }

  private showNote(text: string) {
    this.note.textContent = text;
    this.note.hidden = false;
  }

  private options() {
    return [...this.list.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  private setActive(index: number) {
    const options = this.options();
    if (options.length === 0) return;
    this.active = (index + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.active)));
    const current = options[this.active]!;
    this.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  }

  private onKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.setActive(this.active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && this.active >= 0) {
      event.preventDefault();
      this.options()[this.active]?.querySelector('a')?.click();
    }
  }

  private async search(term: string) {
    const query = ++this.query;
    if (term.trim() === '') return this.render([], term);
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      return this.showNote('There is no search index yet. Run `npm run build` once; the dev server then searches the last build.');
    }
    // Every keystroke searches; answers can arrive out of order (a term whose index chunk is not loaded yet is
    // slower), so a query renders only while it is still the newest one.
    if (query !== this.query) return;
    const found = await pagefind.search(term);
    if (found === null || query !== this.query) return;
    const pending = found.results.slice(0, maxResults).map((r) => r.data());
    if (pending.length === 0) return this.render([], term);
    // Each result's excerpt is one more fetch: the top hit shows as soon as its own is in, the rest follow together.
    const top = await pending[0]!;
    this.warm(pagefind);
    if (query !== this.query) return;
    this.render([top], term, { complete: pending.length === 1 });
    if (pending.length === 1) return;
    const rest = await Promise.all(pending.slice(1));
    if (query === this.query) this.render(rest, term, { append: true });
  }

  private shown = 0;

  /** Shows results, or appends them to those shown; the count is announced once all of a query's are in. */
  private render(results: PagefindData[], term: string, { append = false, complete = true } = {}) {
    if (!append) {
      this.active = -1;
      this.input.removeAttribute('aria-activedescendant');
    }
    this.shown = (append ? this.shown : 0) + results.length;
    let n = append ? this.options().length : 0;
    const option = (cls: string, title: string, url: string, excerpt: string) =>
      `<li role="option" id="search-option-${n++}" class="${cls}" aria-selected="false">` +
      `<a class="result-title" href="${escapeHtml(url)}" tabindex="-1">${escapeHtml(title)}</a>` +
      // Pagefind's excerpts are escaped text with <mark> around the matched words.
      `<p class="excerpt">${excerpt}</p></li>`;
    const html = results
      .map((r) => {
        const title = r.meta.title ?? r.url;
        const subs = r.sub_results.filter((s) => s.url !== r.url && s.title !== title).slice(0, 3);
        return option('page', r.meta.section ? `${title} · ${r.meta.section}` : title, r.url, r.excerpt) + subs.map((s) => option('sub', s.title, s.url, s.excerpt)).join('');
      })
      .join('');
    if (append) this.list.insertAdjacentHTML('beforeend', html);
    else this.list.innerHTML = html;
    const count = this.shown;
    this.input.setAttribute('aria-expanded', String(count > 0));
    if (complete) {
      this.status.textContent = term.trim() === '' ? '' : count === 0 ? `No results for “${term}”.` : `${count} results for “${term}”.`;
    } else {
      this.status.textContent = '';
    }
    if (count === 0 && term.trim() !== '') this.list.innerHTML = `<li class="empty">No results for “${escapeHtml(term)}”.</li>`;
    if (!append && count > 0) this.setActive(0);
  }
}

/** On a page opened from a search result, marks the searched words. */
export function highlightFromUrl() {
  if (!new URL(location.href).searchParams.has(highlightParam)) return;
  import(/* @vite-ignore */ highlighterUrl)
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam, addStyles: false }))
    .catch(() => undefined);
}
