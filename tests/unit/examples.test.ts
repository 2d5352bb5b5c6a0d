import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandboxSchema } from '~/content.config';
import { versions } from '~/lib/versions';
import { assertExampleFiles, languageOf, listExampleFiles, parseLineRange, readExampleFiles } from '~/lib/examples';

const root = resolve(import.meta.dirname, '../..');
const examplesDir = join(root, 'examples');
const ids = readdirSync(examplesDir).filter((name) => !name.startsWith('.'));
const template = join(root, 'scripts/example-template');

function fakeExample(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'examples-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'demo', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'demo', path), text);
  }
  return dir;
}

describe('example file listing', () => {
  it('keeps source and leaves out installs, build output, lockfiles and tests', () => {
    const dir = fakeExample({
      'app/page.tsx': 'x',
      'lib/a.ts': 'x',
      'package.json': '{}',
      'package-lock.json': '{}',
      'node_modules/next/index.js': 'x',
      '.next/BUILD_ID': 'x',
      'tests/a.test.ts': 'x',
      'lib/a.test.ts': 'x',
      'tsconfig.tsbuildinfo': 'x',
    });
    expect(listExampleFiles('demo', dir)).toEqual(['app/page.tsx', 'lib/a.ts', 'package.json']);
  });

  it('keeps the tests of an example that has its own npm test, for the reader to run', () => {
    const dir = fakeExample({ 'app/page.tsx': 'x', 'package.json': '{"scripts":{"test":"vitest run"}}', 'tests/a.test.ts': 'x', 'node_modules/x.js': 'x' });
    expect(listExampleFiles('demo', dir)).toEqual(['app/page.tsx', 'package.json', 'tests/a.test.ts']);
  });

  it('refuses binary files, which StackBlitz cannot take', () => {
    const dir = fakeExample({ 'public/logo.png': 'PNG\0\0' });
    expect(() => readExampleFiles('demo', dir)).toThrow(/examples\/demo\/public\/logo.png is binary/);
  });

  it('names missing files and where they were listed', () => {
    const dir = fakeExample({ 'a.ts': 'x' });
    expect(() => assertExampleFiles('demo', ['a.ts', 'b.ts'], 'examples/demo/sandbox.json', dir)).toThrow(
      'examples/demo/sandbox.json names "b.ts", which is not in examples/demo/. Files there: a.ts.',
    );
  });

  it('parses line ranges and rejects ones outside the file', () => {
    expect(parseLineRange(undefined, 10, 'x')).toEqual({ start: 1, end: 10 });
    expect(parseLineRange('3-5', 10, 'x')).toEqual({ start: 3, end: 5 });
    expect(parseLineRange('7', 10, 'x')).toEqual({ start: 7, end: 7 });
    for (const bad of ['0-2', '5-3', '9-11', 'a-b', '1,2']) expect(() => parseLineRange(bad, 10, 'where')).toThrow(/where: lines=/);
  });

  it('maps file extensions to highlighter languages', () => {
    expect(['a.ts', 'b.tsx', 'c.mjs', 'd.json', 'e.unknown'].map(languageOf)).toEqual(['ts', 'tsx', 'js', 'json', 'text']);
  });
});

describe.each(ids)('example %s', (id) => {
  const pkg = JSON.parse(readFileSync(join(examplesDir, id, 'package.json'), 'utf8'));

  it('has a valid sandbox.json whose files exist', () => {
    const sandbox = sandboxSchema.parse(JSON.parse(readFileSync(join(examplesDir, id, 'sandbox.json'), 'utf8')));
    assertExampleFiles(id, [...sandbox.serverAction, ...sandbox.routeHandler, ...sandbox.shared], `examples/${id}/sandbox.json`);
  });

  it('pins the Next.js release that runs in StackBlitz and is patched, with the wasm step', () => {
    expect(pkg.dependencies.next).toBe(versions.pins.next15);
    expect(pkg.dependencies['@next/swc-wasm-nodejs']).toBe('15.4.7');
    // The step runs inside the dev script: pre/post lifecycle scripts have not always run in WebContainers.
    expect(pkg.scripts.dev).toBe('node use-wasm-swc.mjs && next dev');
    expect(pkg.scripts.predev).toBeUndefined();
    expect(pkg.scripts.postinstall).toBe('node use-wasm-swc.mjs');
  });

  it('has both sides, shared logic and a README with curl and a plain-POST note', () => {
    const files = listExampleFiles(id);
    expect(files.some((f) => /^app\/api\/.+\/route\.ts$/.test(f))).toBe(true);
    expect(files.some((f) => readFileSync(join(examplesDir, id, f), 'utf8').startsWith("'use server'"))).toBe(true);
    expect(files.some((f) => f.startsWith('lib/'))).toBe(true);
    const readme = readFileSync(join(examplesDir, id, 'README.md'), 'utf8');
    expect(readme).toContain('curl');
    expect(readme).toMatch(/answers? a plain POST/);
  });

  it('keeps the files every example shares identical to scripts/example-template', () => {
    for (const file of ['tsconfig.json', 'next-env.d.ts', 'use-wasm-swc.mjs', 'app/globals.css']) {
      expect(readFileSync(join(examplesDir, id, file), 'utf8'), file).toBe(readFileSync(join(template, file), 'utf8'));
    }
    // Optional shared helpers: an example that has one keeps it identical to the template's.
    for (const file of ['lib/request-body.ts', 'lib/configured-secret.ts', 'lib/sqlite.ts', 'lib/course-tools.ts', 'lib/write-budget.ts', 'app/check/route.ts']) {
      if (existsSync(join(examplesDir, id, file))) {
        expect(readFileSync(join(examplesDir, id, file), 'utf8'), file).toBe(readFileSync(join(template, file), 'utf8'));
      }
    }
  });
});

describe('examples with challenges', () => {
  it.each(ids.filter((id) => existsSync(join(examplesDir, id, 'lib/checks.ts'))))('%s runs its checks from a check page that is off in production', (id) => {
    for (const file of ['app/check/route.ts', 'app/check/run-checks.ts', 'lib/course-tools.ts']) {
      expect(existsSync(join(examplesDir, id, file)), `examples/${id}/${file}`).toBe(true);
    }
    // A plain module, not 'use server': a Server Action would be an endpoint of its own, reachable by its id.
    const runner = readFileSync(join(examplesDir, id, 'app/check/run-checks.ts'), 'utf8');
    expect(runner).not.toMatch(/^\s*['"]use server['"]/m);
    expect(runner).toContain('export const runChecks = () => runEachCheck(checks, run);');
  });
});

describe('examples with a database', () => {
  const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  it.each(ids.filter((id) => existsSync(join(examplesDir, id, 'lib/sqlite.ts'))))('%s depends on the WebAssembly SQLite driver that lib/sqlite.ts falls back to', (id) => {
    const pkg = JSON.parse(readFileSync(join(examplesDir, id, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    // The sandbox has no node:sqlite, so without this dependency the example fails there on its first query.
    expect(pkg.dependencies['node-sqlite3-wasm'], `examples/${id}/package.json`).toBe(rootPackage.devDependencies['node-sqlite3-wasm']);
    expect(existsSync(join(examplesDir, id, 'lib/db.ts')), `examples/${id}/lib/db.ts holds the schema`).toBe(true);
  });
});

describe('helpers copied between examples', () => {
  // Each example stands alone in its sandbox and download, so a helper two examples need is copied, not shared.
  // The copies must not drift: a fix to one is a fix to all.
  // `among`: the examples that share the helper, where another example has its own file of that name.
  it.each([
    { file: 'lib/same-origin.ts' },
    { file: 'lib/client-address.ts' },
    { file: 'lib/session.ts', among: ['testing', 'proxy', 'typed-api'] }, // guest sessions (auth has signed ones)
    { file: 'lib/session-cookie.ts' },
  ])('keeps every copy of $file identical', ({ file, among }: { file: string; among?: string[] }) => {
    const copies = ids.filter((id) => (!among || among.includes(id)) && existsSync(join(examplesDir, id, file)));
    expect(copies.length, `${file} is meant to be shared by at least two examples`).toBeGreaterThan(1);
    const [first, ...rest] = copies;
    for (const id of rest) {
      expect(readFileSync(join(examplesDir, id, file), 'utf8'), `examples/${id}/${file} differs from examples/${first}/${file}; copy the fix to both`).toBe(
        readFileSync(join(examplesDir, first, file), 'utf8'),
      );
    }
  });
});
