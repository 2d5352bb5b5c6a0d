// The one script every page runs at load. Each widget's own script loads when the reader could first use it: when
// the widget comes near the viewport ([data-island], "visible") or when the reader first points at, touches, focuses
// or presses a key in it ([data-island-on="interaction"]). Until then a widget is HTML and CSS that already shows its
// final layout and content, and its no-JS state stays readable. A click or change on a widget whose script is still
// loading is held and replayed once the script has run, so nothing the reader does right after load is lost.
//
// Each script defines its custom element (or its document-level listeners) when imported; src/lib/island-scripts.ts
// lists them. DESIGN.md, "Widgets load on first use".
import scripts from 'virtual:island-scripts';

const loading = new Map<string, Promise<unknown>>();
const ready = new Set<string>();
const load = (name = ''): Promise<unknown> => {
  let started = loading.get(name);
  if (!started) {
    const url = (scripts as Record<string, string | undefined>)[name];
    // A script that fails to load (a tab left open across a deploy) holds nothing back: the held event is replayed
    // for the browser to handle natively, and the next use tries the import again.
    started = (url ? import(/* @vite-ignore */ url) : Promise.resolve()).then(
      () => void ready.add(name),
      () => void (ready.add(name), loading.delete(name)),
    );
    loading.set(name, started);
  }
  return started;
};
const islandOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-island]') : null);
/** The scripts of every widget around a target (a version switch sits inside a pair) that have not run yet. */
const pendingAround = (target: EventTarget | null) => {
  const names: string[] = [];
  for (let island = islandOf(target); island; island = islandOf(island.parentElement)) {
    if (!ready.has(island.dataset.island!)) names.push(island.dataset.island!);
  }
  return names;
};

const nearView = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearView.unobserve(entry.target);
      void load((entry.target as HTMLElement).dataset.island);
    }
  },
  { rootMargin: '50% 0px' },
);
for (const island of document.querySelectorAll<HTMLElement>('[data-island]')) {
  if (island.dataset.islandOn !== 'interaction') nearView.observe(island);
}

// A <details> opened by the browser itself (find in page) counts too: toggle does not bubble, but capture sees it.
for (const type of ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'toggle']) {
  document.addEventListener(type, (event) => pendingAround(event.target).forEach(load), { capture: true, passive: true });
}
// Arrow keys move a radio group's selection without answering (check-yourself.ts): their change is not replayed.
let arrowKey = false;
document.addEventListener('keydown', (event) => (arrowKey = event.key.startsWith('Arrow')), { capture: true, passive: true });
document.addEventListener('pointerdown', () => (arrowKey = false), { capture: true, passive: true });

// Held and replayed: a click on a control (a link needs no script, except one its widget loads in place), and a
// change of a form field with its value. A radio or checkbox keeps its click, which checks it; the change that
// follows is replayed.
for (const type of ['click', 'change']) {
  document.addEventListener(
    type,
    (event) => {
      const pending = pendingAround(event.target);
      const control = (event.target as Element).closest?.<HTMLElement>('button, input, select, summary, [data-defer] a');
      if (pending.length === 0 || !control) return;
      if (type === 'click' && control.matches('[type="radio"], [type="checkbox"]')) return;
      if (type === 'change' && arrowKey && control.matches('[type="radio"]')) return;
      // A click with a modifier (a new tab, a new window) or another button is the browser's own.
      const mouse = event as MouseEvent;
      if (type === 'click' && (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.altKey || mouse.button !== 0)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const value = (control as HTMLInputElement).value;
      void Promise.all(pending.map(load)).then(() => {
        if (type === 'click') return control.click();
        (control as HTMLInputElement).value = value;
        control.dispatchEvent(new Event('change', { bubbles: true }));
      });
    },
    true,
  );
}

// Search opens from the keyboard anywhere (Ctrl K, ⌘ K, /), and marks the searched words on a page opened from a
// result; its script takes over these keys once loaded.
const search = document.querySelector<HTMLElement & { open?: () => void }>('site-search');
if (search) {
  if (/Mac|iPhone|iPad/.test(navigator.platform)) search.querySelector('kbd')!.textContent = '⌘ K';
  if (new URLSearchParams(location.search).has('highlight')) void load('search');
  document.addEventListener('keydown', (event) => {
    if (ready.has('search')) return;
    const typing = (event.target as Element).closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
    if (((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
      event.preventDefault();
      void load('search').then(() => search.open?.());
    }
  });
}

// The lesson's version picker shows the reader's Next.js version (the head script set <html data-next>); its script
// loads when the reader first uses it.
for (const button of document.querySelectorAll<HTMLElement>('[data-picker-target]')) {
  button.setAttribute('aria-pressed', String(button.dataset.pickerTarget === document.documentElement.dataset.next));
}

// The theme select shows the stored choice (the head script has applied it); the theme script follows the system's
// theme while the reader has not chosen one.
const themeSelect = document.querySelector<HTMLSelectElement>('#theme-select');
try {
  const stored = localStorage.getItem('theme');
  if (themeSelect && (stored === 'light' || stored === 'dark')) themeSelect.value = stored;
} catch {
  // Storage blocked: "Auto", as the page showed.
}
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => void load('theme'));
// Lesson-done marks a lesson when the reader reaches its end by scrolling, not when the page opens there: a scroll
// counts once the reader has used the wheel, a finger, a key or the pointer (the browser's own scroll to a #fragment
// or back to where a reload left off comes first).
let reader = false;
for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, () => (reader = true), { capture: true, passive: true });
addEventListener('scroll', () => reader && (document.documentElement.dataset.scrolled = ''), { passive: true });
