// Scaffolds examples/<id>/ from scripts/example-template: the files every example app shares.
// Usage: npm run new-example -- <id> "<Title>" "<one-line summary>"
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [id, title, summary] = process.argv.slice(2);
if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || !title || !summary) {
  console.error('Usage: npm run new-example -- <id: lowercase-with-hyphens> "<Title>" "<one-line summary>"');
  process.exit(1);
}
const root = resolve(import.meta.dirname, '..');
const target = join(root, 'examples', id);
if (existsSync(target)) {
  console.error(`examples/${id} already exists.`);
  process.exit(1);
}
cpSync(join(import.meta.dirname, 'example-template'), target, { recursive: true });
for (const file of ['package.json', 'app/layout.tsx']) {
  const path = join(target, file);
  writeFileSync(path, readFileSync(path, 'utf8').replaceAll('__ID__', id).replaceAll('__TITLE__', title).replaceAll('__SUMMARY__', summary));
}
console.log(`Created examples/${id}. Add app/, lib/, README.md and sandbox.json, then run npm run lock.`);
