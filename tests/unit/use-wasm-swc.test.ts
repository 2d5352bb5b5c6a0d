// The WebAssembly SWC step of every example: it must run inside the dev script (lifecycle scripts have not always
// run in WebContainers) and stop the dev script when it cannot place the bindings there.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const template = join(root, 'scripts/example-template');
const ids = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'node_modules')
  .map((d) => d.name);

// A folder with the script and no node_modules: resolving @next/swc-wasm-nodejs fails, as after a broken install.
const broken = mkdtempSync(join(tmpdir(), 'use-wasm-swc-'));
copyFileSync(join(template, 'use-wasm-swc.mjs'), join(broken, 'use-wasm-swc.mjs'));
afterAll(() => rmSync(broken, { recursive: true, force: true }));

const run = (preload: string[]) =>
  spawnSync(process.execPath, [...preload, 'use-wasm-swc.mjs'], { cwd: broken, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });

describe('use-wasm-swc.mjs', () => {
  it.each([...ids, 'scripts/example-template'])('%s: the dev script places the bindings itself, before next dev', (id) => {
    const dir = id.includes('/') ? join(root, id) : join(root, 'examples', id);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(pkg.scripts.dev).toMatch(/^node use-wasm-swc\.mjs && next dev$/);
    expect(pkg.scripts.predev).toBeUndefined();
  });

  it('stops with exit code 1 and says why when it cannot place the bindings in a WebContainer', () => {
    const result = run(['--require', join(root, 'tests/examples/simulate-webcontainer.cjs')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/use-wasm-swc: could not place the SWC WebAssembly bindings in node_modules\/next\/wasm \(Cannot find module '@next\/swc-wasm-nodejs\/package\.json'/);
    expect(result.stderr).toContain('Next.js cannot compile in this WebContainer without them');
  });

  it('only warns outside a WebContainer, where native SWC does the work', () => {
    const result = run([]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('outside StackBlitz this is harmless');
  });
});
