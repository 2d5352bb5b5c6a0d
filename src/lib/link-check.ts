// Checks every internal link and #fragment in the built HTML. Used by the build, so a broken link fails it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface LinkReport {
  broken: { page: string; source: string; href: string; reason: string }[];
  external: { page: string; href: string }[];
  checked: number;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');

/** Every .html file under `dir`. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The page's URL path for a file in dist: dist/a/b/index.html → /a/b/. */
const pagePath = (dist: string, file: string) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '').replace(/\.html$/, '');

/** Where an author fixes a page: lessons have a source file; other pages are named by their URL. */
export function sourceOf(page: string): string {
  const lesson = page.match(/^\/lessons\/([^/]+)\/$/);
  return lesson ? `content/lessons/${lesson[1]}.mdx` : `the page ${page}`;
}

/** The built file that answers a URL path, if any. */
function fileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.replace(/\/+$/, '/'));
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html'), join(dist, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]!)));
    idsCache.set(file, ids);
  }
  return ids;
}

export function checkLinks(dist: string, site: string): LinkReport {
  idsCache.clear();
  const report: LinkReport = { broken: [], external: [], checked: 0 };
  const origin = new URL(site).origin;
  for (const file of htmlFiles(dist)) {
    const page = pagePath(dist, file);
    // Inline scripts hold code, not links (Astro's island loader builds URLs in template strings).
    const html = readFileSync(file, 'utf8').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    for (const match of html.matchAll(/<(?:a|link|img|script|iframe|form|source)\b[^>]*?\s(?:href|src|action)="([^"]*)"/g)) {
      const href = decode(match[1]!);
      if (/^(mailto:|tel:|javascript:|data:)/.test(href)) continue;
      const url = new URL(href, `${origin}${page}`);
      if (url.origin !== origin) {
        report.external.push({ page, href });
        continue;
      }
      report.checked += 1;
      const target = fileFor(dist, url.pathname);
      const fail = (reason: string) => report.broken.push({ page, source: sourceOf(page), href, reason });
      if (!target) {
        fail('no page or file at that path');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment)) fail(`the page has no element with id="${fragment}"`);
    }
  }
  return report;
}

export function formatBroken(report: LinkReport): string {
  return report.broken.map((b) => `  - ${b.source} (${b.page}): "${b.href}": ${b.reason}`).join('\n');
}
