import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advisoriesSchema } from '~/content.config';
import { listExampleFiles } from '~/lib/examples';
import { next16Version, readNext16Files, toNext16 } from '~/lib/next16';
import { AuthoringError } from '~/lib/props';

const compare = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! - y![i]!;
  return 0;
};

const examples = ['errors', 'forms', 'integrations', 'inventory', 'latency', 'mutations', 'rate-limiting', 'secrets', 'transfers', 'uploads', 'webhooks'];

const sandboxPackage = JSON.stringify({
  name: 'example-x',
  scripts: { postinstall: 'node use-wasm-swc.mjs', dev: 'node use-wasm-swc.mjs && next dev', build: 'next build', start: 'next start' },
  dependencies: { '@next/swc-wasm-nodejs': '15.4.7', next: '15.4.11', react: '^19.1.0' },
});
const sandboxTsconfig = JSON.stringify({ compilerOptions: { jsx: 'preserve' }, include: ['**/*.ts'], exclude: ['node_modules', 'next16', 'challenges'] });

describe('the Next 16 download', () => {
  it('pins a Next 16 release no older than any fix in the course\'s advisory table', () => {
    const table = advisoriesSchema.parse(JSON.parse(readFileSync('content/security/advisories.json', 'utf8')));
    const newestFix = table.advisories.flatMap((a) => a.fixedIn16).sort(compare).at(-1)!;
    expect(next16Version).toMatch(/^16\.\d+\.\d+$/);
    expect(compare(next16Version, newestFix), `downloads pin ${next16Version}, but an advisory was fixed in ${newestFix}`).toBeGreaterThanOrEqual(0);
  });

  it('drops the WebAssembly SWC step, pins next exactly and applies the overlay and the declared removals', () => {
    const out = toNext16(
      'x',
      { 'package.json': sandboxPackage, 'tsconfig.json': sandboxTsconfig, 'use-wasm-swc.mjs': '// wasm', 'middleware.ts': 'old', 'app/page.tsx': 'page' },
      { 'proxy.ts': 'new', 'app/page.tsx': 'page 16' },
      { remove: ['middleware.ts'] },
    );
    expect(Object.keys(out)).toEqual(['app/page.tsx', 'package.json', 'proxy.ts', 'tsconfig.json']);
    const pkg = JSON.parse(out['package.json']!);
    expect(pkg.dependencies).toEqual({ next: next16Version, react: '^19.1.0' });
    expect(pkg.scripts).toEqual({ dev: 'next dev', build: 'next build', start: 'next start' });
    expect(out['app/page.tsx']).toBe('page 16');
    const tsconfig = JSON.parse(out['tsconfig.json']!);
    expect(tsconfig.compilerOptions.jsx).toBe('react-jsx');
    expect(tsconfig.include).toContain('.next/dev/types/**/*.ts');
    expect(tsconfig.exclude).toEqual(['node_modules']);
  });

  it('names the file and the fix when an example does not have the shape the transform expects', () => {
    const files = { 'package.json': sandboxPackage, 'tsconfig.json': sandboxTsconfig };
    expect(() => toNext16('x', { ...files, 'package.json': JSON.stringify({ scripts: { dev: 'next dev' }, dependencies: { next: '15.4.11' } }) }, {})).toThrow(
      /examples\/x\/package\.json: scripts\.dev is "next dev"/,
    );
    expect(() => toNext16('x', files, { 'package.json': '{}' })).toThrow(AuthoringError);
    expect(() => toNext16('x', files, {}, { remove: ['middleware.ts'] })).toThrow(/next16\.remove names "middleware\.ts", which is not in the example/);
  });

  it.each(examples)('%s: the download has no WebContainer-only parts and the sandbox has no Next 16 overlay', (id) => {
    const files = readNext16Files(id);
    expect(JSON.parse(files['package.json']!).dependencies.next).toBe(next16Version);
    for (const [path, text] of Object.entries(files)) {
      expect(path).not.toMatch(/^(next16|challenges)\//);
      expect(text, path).not.toMatch(/use-wasm-swc|swc-wasm-nodejs/);
    }
    expect(listExampleFiles(id).filter((p) => p.startsWith('next16/'))).toEqual([]);
  });
});
