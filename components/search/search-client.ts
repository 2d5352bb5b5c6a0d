// Search dialog behaviour: loads Pagefind on first open, renders results with sub-results, keyboard navigation.

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
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

const highlightParam = 'highlight';
// A variable keeps Vite from bundling the index: it only exists after a build, at this URL.
const pagefindUrl = '/pagefind/pagefind.js';
const highlighterUrl = '/pagefind/pagefind-highlight.js';
const maxResults = 8;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= import(/* @vite-ignore */ pagefindUrl).then(async (pagefind: Pagefind) => {
    await pagefind.options({ highlightParam, excerptLength: 24 });
    return pagefind;
  });
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
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
      () => (this.note.hidden = true),
      () => this.showNote('There is no search index yet. Run `npm run build` once; the dev server then searches the last build.'),
    );
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
    const found = await pagefind.debouncedSearch(term, {}, 120);
    if (found === null || query !== this.query) return; // superseded by a newer keystroke
    const data = await Promise.all(found.results.slice(0, maxResults).map((r) => r.data()));
    if (query === this.query) this.render(data, term);
  }

  private render(results: PagefindData[], term: string) {
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    let n = 0;
    const option = (cls: string, title: string, url: string, excerpt: string) =>
      `<li role="option" id="search-option-${n++}" class="${cls}" aria-selected="false">` +
      `<a class="result-title" href="${escapeHtml(url)}" tabindex="-1">${escapeHtml(title)}</a>` +
      // Pagefind's excerpts are escaped text with <mark> around the matched words.
      `<p class="excerpt">${excerpt}</p></li>`;
    this.list.innerHTML = results
      .map((r) => {
        const title = r.meta.title ?? r.url;
        const subs = r.sub_results.filter((s) => s.url !== r.url && s.title !== title).slice(0, 3);
        return option('page', r.meta.section ? `${title} · ${r.meta.section}` : title, r.url, r.excerpt) + subs.map((s) => option('sub', s.title, s.url, s.excerpt)).join('');
      })
      .join('');
    this.input.setAttribute('aria-expanded', String(results.length > 0));
    this.status.textContent = term.trim() === '' ? '' : results.length === 0 ? `No results for “${term}”.` : `${results.length} results for “${term}”.`;
    if (results.length === 0 && term.trim() !== '') this.list.innerHTML = `<li class="empty">No results for “${escapeHtml(term)}”.</li>`;
    if (results.length > 0) this.setActive(0);
  }
}

/** On a page opened from a search result, marks the searched words. */
export function highlightFromUrl() {
  if (!new URL(location.href).searchParams.has(highlightParam)) return;
  import(/* @vite-ignore */ highlighterUrl)
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam, addStyles: false }))
    .catch(() => undefined);
}
