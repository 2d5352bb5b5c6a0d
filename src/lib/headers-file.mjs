// The `_headers` file format (Netlify, Cloudflare Pages): written at build time, read back by the local preview
// server so `npm start` sends exactly what the host will. Plain JavaScript because Node loads it directly there.

/** Cloudflare Pages rejects a `_headers` line longer than this many characters. */
export const headerLineCap = 2000;

/** @typedef {{ path: string, headers: [name: string, value: string][] }} HeaderRule */

/** @param {HeaderRule[]} rules */
export function formatHeaders(rules) {
  return rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n')).join('\n');
}

/** @param {string} text @returns {HeaderRule[]} */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a host sends for `pathname`: every rule whose path matches, `*` standing for any characters. */
/** @param {HeaderRule[]} rules @param {string} pathname @returns {[string, string][]} */
export function headersFor(rules, pathname) {
  const matches = (/** @type {string} */ pattern) =>
    new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(pathname);
  return rules.filter((rule) => matches(rule.path)).flatMap((rule) => rule.headers);
}

/**
 * Throws when a line would pass the host's cap, naming the file, the line and its length: Cloudflare Pages
 * would otherwise drop or reject the header at deploy time, long after the build said all was well.
 * @param {string} text @param {string} file @param {number} [cap]
 */
export function assertHeaderLines(text, file, cap = headerLineCap) {
  text.split('\n').forEach((line, index) => {
    if (line.length > cap) {
      const name = line.trim().split(':')[0];
      throw new Error(
        `${file}: line ${index + 1} (${name}) is ${line.length} characters; Cloudflare Pages caps a header line at ${cap}. ` +
          'Shorten it, for example by moving inline scripts into bundled files so their CSP hashes go away.',
      );
    }
  });
}
