// Plays the CMS: saves a new title for the "welcome" article in the CMS's content file, then calls the app's
// revalidation webhook, as a headless CMS does after an editor publishes.
// Usage: node scripts/cms-publish.mjs ["<new title>"] [base URL, default http://localhost:3000]
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [title = `Published at ${new Date().toLocaleTimeString('en-GB')}`, base = 'http://localhost:3000'] = process.argv.slice(2);
// The same file and secret as the app (lib/cms.ts, lib/revalidate-request.ts).
const file = process.env.CMS_DATA_FILE || fileURLToPath(new URL('../.data/cms.json', import.meta.url));
const secret = process.env.REVALIDATE_SECRET || 'cms_demo_7f3a91c2';

const read = (path) => readFile(path, 'utf8').then(JSON.parse);
const seed = () => read(new URL('../lib/seed-articles.json', import.meta.url));
const articles = await read(file).then((a) => (Array.isArray(a) ? a : seed()), seed);
const edited = articles.map((a) => (a.slug === 'welcome' ? { ...a, title, updatedAt: new Date().toISOString() } : a));
// A temporary name of its own, so this script and the app never rename each other's file away.
const temporary = `${file}.${randomUUID()}.tmp`;
await mkdir(dirname(file), { recursive: true, mode: 0o700 });
await writeFile(temporary, JSON.stringify(edited, null, 2), { mode: 0o600 });
await rename(temporary, file);
console.log(`Saved "${title}" in the CMS. Until the webhook runs, the site still shows the cached copy.`);

const response = await fetch(`${base}/api/revalidate`, {
  method: 'POST',
  headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
  body: JSON.stringify({ tag: 'articles' }),
});
console.log(`${response.status} ${await response.text()}`);
