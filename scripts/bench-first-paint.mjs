// npm run bench:first-paint: what makes a pair lesson's first paint slower than a plain lesson's (issues 26 and 27).
// Builds the site, then serves copies of the forms lesson and of a plain lesson with one part taken out each, and
// prints Lighthouse's simulated first contentful paint (mobile, median of RUNS runs, default 3) for each. The copies
// live in dist/ only while the script runs. A diagnostic, not a budget: `npm run bench` holds the budgets.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.ts';
import { freePort } from './free-port.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const runs = Number(process.env.RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The end of the element that starts at `start` (same tag name, nesting counted). */
function endOf(html, start) {
  const tag = /^<([\w-]+)/.exec(html.slice(start))[1];
  const re = new RegExp(`<(/?)${tag}(?![\\w-])[^>]*>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m; (m = re.exec(html)); ) if (!m[1]) depth++; else if (--depth === 0) return m.index + m[0].length;
  return html.length;
}
/** `html` without every element whose opening tag matches `opening` (a global regular expression). */
function without(html, opening) {
  for (let m; (m = new RegExp(opening.source).exec(html)); ) html = html.slice(0, m.index) + html.slice(endOf(html, m.index));
  return html;
}
const moduleScripts = /<script type="module"[^>]*>[\s\S]*?<\/script>/g;
// Bytes gzip cannot shrink, as a comment before </body>: a page that is heavier and otherwise the same.
const noise = (kb) => `<!-- ${randomBytes(kb * 1024).toString('base64')} -->`;
const padded = (h, kb) => h.replace('</body>', `${noise(kb)}</body>`);

const pages = {
  plain: ['key-differences', (h) => h],
  'plain, +4 KB gz at the end': ['key-differences', (h) => padded(h, 4)],
  'plain, +8 KB gz at the end': ['key-differences', (h) => padded(h, 8)],
  'plain, +16 KB gz at the end': ['key-differences', (h) => padded(h, 16)],
  'plain, no module scripts': ['key-differences', (h) => h.replace(moduleScripts, '')],
  forms: ['forms', (h) => h],
  'forms, no paired example': ['forms', (h) => without(h, /<sandbox-pair\b[^>]*>/)],
  'forms, no code blocks': ['forms', (h) => h.replace(/<pre\b[\s\S]*?<\/pre>/g, '')],
  'forms, no code blocks or paired example': ['forms', (h) => without(h, /<sandbox-pair\b[^>]*>/).replace(/<pre\b[\s\S]*?<\/pre>/g, '')],
  auth: ['authentication-and-sessions', (h) => h],
};

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
console.log('Building the site…');
const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, SITE_URL: origin } });
if (build.status !== 0) throw new Error(`Build failed:\n${build.stdout}\n${build.stderr}`);

const made = Object.entries(pages).map(([name, [lesson, change]], i) => {
  const dir = `first-paint-${i}`;
  const html = change(readFileSync(join(dist, 'lessons', lesson, 'index.html'), 'utf8'));
  mkdirSync(join(dist, 'lessons', dir), { recursive: true });
  writeFileSync(join(dist, 'lessons', dir, 'index.html'), html);
  return { name, dir, htmlGzip: gzipSync(html).byteLength };
});
const server = spawn(resolve(root, 'node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
const chrome = await launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(origin).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(`First contentful paint, median of ${runs} Lighthouse runs (mobile, simulated throttling):`);
  for (const { name, dir, htmlGzip } of made) {
    const fcp = [];
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(`${origin}/lessons/${dir}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
      fcp.push(lhr.audits['first-contentful-paint'].numericValue);
    }
    console.log(`  ${name.padEnd(46)} HTML ${(htmlGzip / 1024).toFixed(1).padStart(5)} KB gz  ${Math.round(median(fcp))} ms  (${fcp.map(Math.round).join(', ')})`);
  }
} finally {
  await chrome.kill();
  server.kill();
  for (const { dir } of made) rmSync(join(dist, 'lessons', dir), { recursive: true, force: true });
}
