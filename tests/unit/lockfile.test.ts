// The lockfile must install with `npm ci` on any npm 11: an entry without a version or integrity makes npm refuse
// ("Invalid Version") or leaves a reader on another platform without their binary.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
}

/** Entries that npm ci cannot install as they stand: every package but a workspace (its folder or its link). */
export function incompleteEntries(lock: { packages: Record<string, LockEntry> }, workspaces: string[]): string[] {
  const problems: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.link || workspaces.includes(path)) continue;
    const missing = (['version', 'resolved', 'integrity'] as const).filter((field) => !entry[field]);
    if (missing.length) problems.push(`${path} has no ${missing.join(', ')}`);
  }
  return problems;
}

describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8'));
  const workspaces = Object.entries<LockEntry>(lock.packages)
    .filter(([, entry]) => entry.link)
    .map(([, entry]) => (entry as { resolved: string }).resolved);

  it('gives every installed package a version, a download address and an integrity hash', () => {
    const problems = incompleteEntries(lock, workspaces);
    expect(problems, `Rewrite the lockfile with "npm run lock". Incomplete entries:\n${problems.join('\n')}`).toEqual([]);
  });

  it('finds a versionless entry like the ones that once broke npm ci', () => {
    const broken = {
      packages: {
        '': {},
        'examples/forms': { version: '1.0.0' },
        'node_modules/example-forms': { resolved: 'examples/forms', link: true },
        'node_modules/pagefind/node_modules/@pagefind/darwin-x64': { optional: true } as LockEntry,
      },
    };
    expect(incompleteEntries(broken, ['examples/forms'])).toEqual(['node_modules/pagefind/node_modules/@pagefind/darwin-x64 has no version, resolved, integrity']);
  });

  it('is written by lockfile version 3', () => {
    expect(lock.lockfileVersion).toBe(3);
  });
});
