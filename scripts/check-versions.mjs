// Compares the course's pinned versions (content/versions/versions.json) with the npm registry and prints what to bump.
// Needs the registry. Exits 1 when a pin is behind, so a release checklist cannot miss it.
// Usage: npm run check:versions
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const file = 'content/versions/versions.json';
const { checked, pins } = JSON.parse(readFileSync(resolve(root, file), 'utf8'));
const registry = (process.env.npm_config_registry || 'https://registry.npmjs.org/').replace(/\/?$/, '/');

/** Where each pin lives besides the data file, so the message says what to edit. */
const targets = {
  next16: { pkg: 'next', line: '16', also: 'then run the example tests (download-next16)' },
  next15: { pkg: 'next', line: '15.4', also: 'in every examples/*/package.json and scripts/example-template/package.json' },
  react: { pkg: 'react', also: 'react and react-dom in every examples/*/package.json and the template' },
  'stackblitz-sdk': { pkg: '@stackblitz/sdk', also: 'package.json, then npm run lock' },
  astro: { pkg: 'astro', also: 'package.json, then npm run lock' },
  pagefind: { pkg: 'pagefind', also: 'package.json, then npm run lock' },
};

const parse = (v) => v.split('.').map(Number);
const newer = (a, b) => {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
};

async function packument(name) {
  const url = `${registry}${name.replace('/', '%2F')}`;
  const response = await fetch(url, { headers: { accept: 'application/vnd.npm.install-v1+json' }, signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** The newest release on a line ("16", "15.4"), or the `latest` tag when no line is given. Never a prerelease. */
function newestOn(doc, line) {
  if (!line) return doc['dist-tags'].latest;
  const prefix = `${line}.`;
  return Object.keys(doc.versions)
    .filter((v) => v.startsWith(prefix) && /^\d+\.\d+\.\d+$/.test(v) && !doc.versions[v].deprecated)
    .reduce((best, v) => (best && !newer(v, best) ? best : v), undefined);
}

const docs = new Map();
const rows = [];
for (const [pin, target] of Object.entries(targets)) {
  if (!docs.has(target.pkg)) docs.set(target.pkg, await packument(target.pkg));
  const latest = newestOn(docs.get(target.pkg), target.line);
  const pinned = pins[pin];
  rows.push({ pin, pkg: target.line ? `${target.pkg}@${target.line}.x` : target.pkg, pinned, latest, behind: latest && newer(latest, pinned), also: target.also });
}

console.log(`Pins in ${file}, last checked ${checked}, against ${registry}\n`);
const width = Math.max(...rows.map((r) => r.pkg.length));
for (const r of rows) console.log(`${r.behind ? 'BUMP' : 'ok  '}  ${r.pkg.padEnd(width)}  pinned ${r.pinned.padEnd(8)}  registry ${r.latest}`);
const behind = rows.filter((r) => r.behind);
if (behind.length) {
  console.log('\nTo bump:');
  for (const r of behind) console.log(`- ${r.pin}: ${r.pinned} → ${r.latest} in ${file}; ${r.also}.`);
  console.log(`Check the release notes and advisories first, then set "checked" to today.`);
  process.exit(1);
}
console.log(`\nEverything is current. Set "checked" in ${file} to today if it is older.`);
