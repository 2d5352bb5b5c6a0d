// The second target of every example: the .zip download (and a reader's local run) on the newest patched Next.js 16.
// examples/<id>/ stays the one source, written for the live sandbox (Next 15.4, the newest line WebContainers run).
// The transform is small and declared: the same package.json change for every example, plus the example's own
// `next16/` overlay folder (files that replace or add to the sandbox version) and `next16.remove` in sandbox.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { examplesRoot, readExampleFiles } from './examples';
import { AuthoringError } from './props';
import { versions } from './versions';

/**
 * The Next.js 16 release downloads pin, exactly (content/versions/versions.json). A unit test fails when an advisory in
 * the course's table was fixed later.
 */
export const next16Version = versions.pins.next16;

/** The folder inside an example that holds its Next 16 overlay; never part of the sandbox. */
export const overlayFolder = 'next16';

/** The WebContainer-only step the sandbox needs and Next 16 does not: native SWC loads on a reader's machine. */
const wasmStep = 'use-wasm-swc.mjs';
const wasmPackage = '@next/swc-wasm-nodejs';

/** The overlay's files (path → text), relative to the overlay folder, like the example's own paths. */
export function readOverlay(id: string, root = examplesRoot): Record<string, string> {
  const base = join(root, id, overlayFolder);
  const files: Record<string, string> = {};
  if (!existsSync(base)) return files;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(base, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(base);
  return files;
}

/** package.json for Next 16: the pinned release, no WebAssembly SWC, the plain scripts. */
export function next16PackageJson(id: string, text: string): string {
  const where = `examples/${id}/package.json`;
  const pkg = JSON.parse(text) as { scripts?: Record<string, string>; dependencies?: Record<string, string>; engines?: Record<string, string> };
  if (!pkg.dependencies?.next) throw new AuthoringError(`${where} has no "next" dependency; every example is a Next.js app.`);
  const scripts = { ...pkg.scripts };
  // Only the template's exact scripts are rewritten; anything else means the transform needs a look, not a guess.
  if (scripts.dev !== `node ${wasmStep} && next dev`) {
    throw new AuthoringError(`${where}: scripts.dev is ${JSON.stringify(scripts.dev)}; the Next 16 download expects "node ${wasmStep} && next dev" (from scripts/example-template). Update src/lib/next16.ts if the template changed.`);
  }
  scripts.dev = 'next dev';
  if (scripts.postinstall === `node ${wasmStep}`) delete scripts.postinstall;
  const dependencies: Record<string, string> = { ...pkg.dependencies, next: next16Version };
  delete dependencies[wasmPackage];
  // Next.js 16 needs Node.js 20.9 or newer.
  return `${JSON.stringify({ ...pkg, scripts, dependencies, engines: { node: '>=20.9.0' } }, null, 2)}\n`;
}

/**
 * tsconfig.json as Next 16 wants it, so its first build does not rewrite the reader's file: the automatic JSX runtime
 * and the dev server's route types. The course folders (`next16/`, `challenges/`) are not in the download.
 */
export function next16Tsconfig(id: string, text: string): string {
  const config = JSON.parse(text) as { compilerOptions?: Record<string, unknown>; include?: string[]; exclude?: string[] };
  if (!config.compilerOptions || !config.include) throw new AuthoringError(`examples/${id}/tsconfig.json has no compilerOptions or include; copy it from scripts/example-template.`);
  const include = [...config.include];
  if (!include.includes('.next/dev/types/**/*.ts')) include.push('.next/dev/types/**/*.ts');
  const exclude = (config.exclude ?? []).filter((path) => path !== overlayFolder && path !== 'challenges');
  return `${JSON.stringify({ ...config, compilerOptions: { ...config.compilerOptions, jsx: 'react-jsx' }, include, exclude }, null, 2)}\n`;
}

export interface Next16Declaration {
  /** Files of the sandbox version that the Next 16 version does not have. */
  remove?: string[];
}

/** The example as the Next 16 download has it: every file, transformed. */
export function toNext16(
  id: string,
  files: Record<string, string>,
  overlay: Record<string, string>,
  declaration: Next16Declaration = {},
): Record<string, string> {
  const out: Record<string, string> = { ...files };
  for (const path of declaration.remove ?? []) {
    if (!(path in out)) throw new AuthoringError(`examples/${id}/sandbox.json: next16.remove names "${path}", which is not in the example.`);
    delete out[path];
  }
  delete out[wasmStep];
  out['package.json'] = next16PackageJson(id, files['package.json'] ?? '{}');
  out['tsconfig.json'] = next16Tsconfig(id, files['tsconfig.json'] ?? '{}');
  for (const [path, text] of Object.entries(overlay)) {
    if (path === 'package.json' || path === 'tsconfig.json') throw new AuthoringError(`examples/${id}/${overlayFolder}/${path}: the package.json and tsconfig.json changes are the same for every example and lives in src/lib/next16.ts; remove the overlay file.`);
    out[path] = text;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** The example's `next16` section of sandbox.json (files the download leaves out). */
export function readNext16Declaration(id: string, root = examplesRoot): Next16Declaration | undefined {
  return (JSON.parse(readFileSync(join(root, id, 'sandbox.json'), 'utf8')) as { next16?: Next16Declaration }).next16;
}

/** Reads the example (or the given starting files of it) from disk and returns the Next 16 project. */
export function readNext16Files(id: string, root = examplesRoot, files = readExampleFiles(id, root)): Record<string, string> {
  return toNext16(id, files, readOverlay(id, root), readNext16Declaration(id, root));
}

/** The Next.js version the sandbox version of an example pins (its package.json). */
export function sandboxNextVersion(id: string, root = examplesRoot): string {
  return (JSON.parse(readFileSync(join(root, id, 'package.json'), 'utf8')) as { dependencies: { next: string } }).dependencies.next;
}
