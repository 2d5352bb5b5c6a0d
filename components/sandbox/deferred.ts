// Parts of a lesson's pair that stay on the example's page (SandboxPair.astro, WireExchange.astro): in the lesson
// each is a link, [data-defer], naming the page and the element's id there. fillDeferred swaps the link for the part
// itself, fetched once per page and parsed inertly (DOMParser runs no scripts). If the page cannot be fetched, the
// link stays, and says so: the reader can still follow it.
const pages = new Map<string, Promise<Document>>();

function fetchPage(href: string): Promise<Document> {
  let page = pages.get(href);
  if (!page) {
    page = fetch(href).then(async (response) => {
      if (!response.ok) throw new Error(`${href} answered ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    });
    page.catch(() => pages.delete(href));
    pages.set(href, page);
  }
  return page;
}

/** Replaces one [data-defer] link with the part it names; resolves when done (or when the link had to stay). */
export async function fillDeferred(link: HTMLElement): Promise<void> {
  const { defer: href, deferId: id, deferSelect: select = ':scope > *', deferState: state } = link.dataset;
  if (!href || !id || state === 'loading' || state === 'failed') return;
  link.dataset.deferState = 'loading';
  try {
    const part = (await fetchPage(href)).getElementById(id);
    const nodes = part ? [...part.querySelectorAll(select)].map((node) => document.importNode(node, true)) : [];
    if (nodes.length === 0) throw new Error(`${href} has no #${id}`);
    // A reader who followed the link with the keyboard lands on the code that replaced it (a <pre> is focusable).
    const hadFocus = link.contains(document.activeElement);
    link.replaceWith(...nodes);
    if (hadFocus) nodes.map((node) => node.querySelector<HTMLElement>('pre, a, button')).find(Boolean)?.focus();
  } catch {
    link.dataset.deferState = 'failed';
    link.append(' (could not load it here: follow the link)');
  }
}

/** Fills every [data-defer] link inside `root` that `wanted` picks. */
export const fillAll = (root: ParentNode, wanted: (link: HTMLElement) => boolean = () => true) =>
  Promise.all([...root.querySelectorAll<HTMLElement>('[data-defer]')].filter(wanted).map(fillDeferred));
