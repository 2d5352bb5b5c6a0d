import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

describe('package.json', () => {
  it('runs every script file it names', () => {
    for (const [name, command] of Object.entries<string>(pkg.scripts)) {
      for (const [, file] of command.matchAll(/node\s+([\w./-]+\.(?:m?js|ts))/g)) {
        expect(existsSync(resolve(root, file!)), `${name}: ${file}`).toBe(true);
      }
    }
  });

  it('builds and serves the site on port 4321 with npm start, and pins its own Node', () => {
    expect(pkg.scripts.start).toBe('npm run build && astro preview --port 4321');
    expect(pkg.devDependencies.node).toMatch(/^\^?2[2-9]|^\^?[3-9]\d/);
    expect(pkg.engines.node).toBe('>=22.12.0');
  });
});
