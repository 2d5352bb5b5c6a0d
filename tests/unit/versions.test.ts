// The pinned versions live in content/versions/versions.json; the package files and the lessons follow it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { next16Version } from '~/lib/next16';
import { AuthoringError } from '~/lib/props';
import { formatDay, parseVersions, versions } from '~/lib/versions';

const root = resolve(import.meta.dirname, '../..');
const examplesDir = join(root, 'examples');
const ids = readdirSync(examplesDir).filter((name) => !name.startsWith('.'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
const exact = /^\d+\.\d+\.\d+$/;

describe('the pinned versions', () => {
  it('are what the downloads, the examples and the lockfile install', () => {
    expect(next16Version).toBe(versions.pins.next16);
    for (const id of ids) {
      const pkg = JSON.parse(readFileSync(join(examplesDir, id, 'package.json'), 'utf8'));
      expect(pkg.dependencies.next, `examples/${id}/package.json next`).toBe(versions.pins.next15);
      expect(pkg.dependencies.react, `examples/${id}/package.json react`).toBe(versions.pins.react);
      expect(pkg.dependencies['react-dom'], `examples/${id}/package.json react-dom`).toBe(versions.pins.react);
    }
    const installed = (name: string) => lock.packages[`node_modules/${name}`]?.version;
    expect(installed('astro')).toBe(versions.pins.astro);
    expect(installed('pagefind')).toBe(versions.pins.pagefind);
    expect(installed('@stackblitz/sdk')).toBe(versions.pins['stackblitz-sdk']);
  });

  it.each(ids)('examples/%s pins every dependency exactly, so readers install what was tested', (id) => {
    const pkg = JSON.parse(readFileSync(join(examplesDir, id, 'package.json'), 'utf8'));
    const ranges = Object.entries<string>({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, version]) => !exact.test(version));
    expect(ranges.map(([name, version]) => `${name}: ${version}`), 'use an exact release, e.g. "19.3.1"').toEqual([]);
  });

  it('the example template pins every dependency exactly too', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'scripts/example-template/package.json'), 'utf8'));
    for (const [name, version] of Object.entries<string>({ ...pkg.dependencies, ...pkg.devDependencies })) expect(version, name).toMatch(exact);
  });

  it('never appear as typed text in a lesson: lessons render them with <Version>', () => {
    const lessonsDir = join(root, 'content/lessons');
    const stale: string[] = [];
    for (const file of readdirSync(lessonsDir)) {
      const body = readFileSync(join(lessonsDir, file), 'utf8').split(/^---$/m).slice(2).join('---');
      for (const pin of [versions.pins.next16, versions.pins.next15]) if (body.includes(pin)) stale.push(`${file}: ${pin}`);
      for (const match of body.matchAll(/newest[^()]{0,40}?\(\d+\.\d+\.\d+/g)) stale.push(`${file}: "${match[0]}"`);
    }
    expect(stale, 'write <Version of="next16" /> (or next15, checked) instead').toEqual([]);
  });

  it('names the file and the field when the data is wrong', () => {
    expect(() => parseVersions('{', 'v.json')).toThrow(/v\.json is not valid JSON/);
    const good = JSON.parse(readFileSync(join(root, 'content/versions/versions.json'), 'utf8'));
    expect(() => parseVersions(JSON.stringify({ ...good, pins: { ...good.pins, next16: '^16.5.0' } }), 'v.json')).toThrow(AuthoringError);
    expect(() => parseVersions(JSON.stringify({ ...good, pins: { ...good.pins, next16: '^16.5.0' } }), 'v.json')).toThrow(/v\.json: pins\.next16: Use an exact release/);
    expect(() => parseVersions(JSON.stringify({ ...good, checked: 'yesterday' }), 'v.json')).toThrow(/checked/);
  });

  it('prints the checked day as lessons show it', () => {
    expect(formatDay('2026-12-03')).toBe('3 December 2026');
  });
});
