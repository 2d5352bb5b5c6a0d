// Reads the example apps in examples/<id>/: which files make up each project, and their text.
// Lessons, sandbox payloads, downloads and tests all take example code from here, so it exists once.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { AuthoringError } from './props';

export const examplesRoot = resolve(process.cwd(), 'examples');

/** Not part of an example's source: installs, build output, lockfiles, editor and OS litter. */
const ignoredNames = new Set(['node_modules', '.next', '.data', '.turbo', '.vercel', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', '.DS_Store']);
const ignoredPatterns = [/\.tsbuildinfo$/, /\.log$/];
/** Tests, left out unless the example has an `npm test` of its own for the reader to run (the testing example). */
const testNames = new Set(['tests', '__tests__']);
const testPatterns = [/\.(test|spec)\.[cm]?[jt]sx?$/];

const hasOwnTests = (base: string) => {
  const pkg = join(base, 'package.json');
  return existsSync(pkg) && typeof (JSON.parse(readFileSync(pkg, 'utf8')) as { scripts?: Record<string, unknown> }).scripts?.test === 'string';
};

/**
 * Top-level folders that belong to the course, not to the app the sandbox runs: `next16/` (the download's overlay,
 * src/lib/next16.ts) and `challenges/` (starting states of challenges).
 */
const courseFolders = new Set(['next16', 'challenges']);

/** Every source file of an example, as sorted paths relative to its folder, with forward slashes. */
export function listExampleFiles(id: string, root = examplesRoot): string[] {
  const base = join(root, id);
  if (!existsSync(base)) throw new AuthoringError(`There is no example folder examples/${id}/.`);
  const files: string[] = [];
  const keepTests = hasOwnTests(base);
  const isIgnored = (name: string) =>
    ignoredNames.has(name) || ignoredPatterns.some((p) => p.test(name)) || (!keepTests && (testNames.has(name) || testPatterns.some((p) => p.test(name))));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (isIgnored(name) || (dir === base && courseFolders.has(name))) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(base, path).split(sep).join('/'));
    }
  };
  walk(base);
  return files.sort();
}

/** The example as a file map (path → text), the shape StackBlitz and the zip both take. */
export function readExampleFiles(id: string, root = examplesRoot): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of listExampleFiles(id, root)) {
    const text = readFileSync(join(root, id, path), 'utf8');
    if (text.includes('\0')) {
      throw new AuthoringError(`examples/${id}/${path} is binary; StackBlitz projects take text files only. Remove it or ignore it in src/lib/examples.ts.`);
    }
    files[path] = text;
  }
  return files;
}

/** Throws unless every path exists in the example, naming where the list came from. */
export function assertExampleFiles(id: string, paths: readonly string[], where: string, root = examplesRoot): void {
  const known = new Set(listExampleFiles(id, root));
  const missing = paths.filter((p) => !known.has(p));
  if (missing.length > 0) {
    throw new AuthoringError(
      `${where} names ${missing.map((m) => `"${m}"`).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not in examples/${id}/. ` +
        `Files there: ${[...known].join(', ')}.`,
    );
  }
}

/** Parses "12-30" or "7" into a 1-based inclusive range; throws on anything else or a range past the end. */
export function parseLineRange(range: string | undefined, lineCount: number, where: string): { start: number; end: number } {
  if (!range) return { start: 1, end: lineCount };
  const match = /^(\d+)(?:-(\d+))?$/.exec(range.trim());
  const start = Number(match?.[1]);
  const end = Number(match?.[2] ?? match?.[1]);
  if (!match || start < 1 || end < start || end > lineCount) {
    throw new AuthoringError(`${where}: lines="${range}" is not a range inside the file (it has ${lineCount} lines). Use "start-end", e.g. lines="3-12".`);
  }
  return { start, end };
}

/** Shiki language for a file path. */
export function languageOf(path: string): string {
  const ext = path.split('.').pop() ?? '';
  return ({ ts: 'ts', tsx: 'tsx', js: 'js', mjs: 'js', cjs: 'js', jsx: 'jsx', json: 'json', css: 'css', md: 'md' } as Record<string, string>)[ext] ?? 'text';
}
