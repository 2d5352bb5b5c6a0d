import { describe, expect, it } from 'vitest';
import {
  applyDiff,
  diffFiles,
  editsKey,
  formatBytes,
  isEmptyDiff,
  isGenerated,
  maxStoredBytes,
  parseStoredEdits,
  projectFiles,
  serialiseEdits,
} from '~/lib/sandbox-edits';

const original = { 'app/page.tsx': 'export default 1;\n', 'lib/posts.ts': 'export const posts = [];\n', 'README.md': '# Forms\n' };
const savedAt = new Date('2026-11-23T02:50:00Z');

describe("diffing the reader's project against the example", () => {
  it('finds changed, added and deleted files', () => {
    const now = { 'app/page.tsx': 'export default 2;\n', 'lib/posts.ts': original['lib/posts.ts'], 'app/new.ts': 'x' };
    expect(diffFiles(original, now)).toEqual({ create: { 'app/page.tsx': 'export default 2;\n', 'app/new.ts': 'x' }, destroy: ['README.md'] });
  });

  it('is empty for an untouched project, even with installed packages and build output beside it', () => {
    const snapshot = { ...original, 'node_modules/next/package.json': '{}', '.next/trace': 't', 'package-lock.json': '{}', 'tsconfig.tsbuildinfo': '{}' };
    const diff = diffFiles(original, snapshot);
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('does not count CRLF line breaks, which the form post to StackBlitz brings, as changes', () => {
    const crlf = Object.fromEntries(Object.entries(original).map(([p, t]) => [p, t.replaceAll('\n', '\r\n')]));
    expect(isEmptyDiff(diffFiles(original, crlf))).toBe(true);
    expect(diffFiles(original, { ...crlf, 'app/page.tsx': 'export default 3;\r\n' }).create).toEqual({ 'app/page.tsx': 'export default 3;\r\n' });
  });

  it('drops generated files and leading slashes from a snapshot', () => {
    expect(projectFiles({ '/app/page.tsx': 'a', 'node_modules/x/index.js': 'b', 'deep/node_modules/y.js': 'c' })).toEqual({ 'app/page.tsx': 'a' });
    expect(isGenerated('.next/server/app.js')).toBe(true);
    expect(isGenerated('app/next.ts')).toBe(false);
  });

  it('round-trips: the original with the diff applied is the current project', () => {
    const now = { 'app/page.tsx': 'changed', 'app/extra.ts': 'new' };
    expect(applyDiff(original, diffFiles(original, now))).toEqual(now);
  });

  it('resets by diffing the other way', () => {
    const now = { 'app/page.tsx': 'changed', 'app/extra.ts': 'new', 'node_modules/a.js': 'kept' };
    expect(diffFiles(now, original)).toEqual({ create: original, destroy: ['app/extra.ts'] });
  });
});

describe('storing edits', () => {
  const diff = { create: { 'app/page.tsx': 'export default 2;\n' }, destroy: ['README.md'] };

  it('serialises with a version, the example and the time, and reads back the same', () => {
    const saved = serialiseEdits('forms', diff, savedAt);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(JSON.parse(saved.text)).toMatchObject({ version: 1, example: 'forms', savedAt: '2026-11-23T02:50:00.000Z' });
    expect(parseStoredEdits(saved.text, 'forms')).toEqual({ kind: 'edits', edits: { version: 1, example: 'forms', savedAt: '2026-11-23T02:50:00.000Z', ...diff } });
  });

  it('refuses to store more than the cap, and says how big it was', () => {
    const big = { create: { 'big.txt': 'é'.repeat(maxStoredBytes / 2) }, destroy: [] };
    const saved = serialiseEdits('forms', big, savedAt);
    expect(saved.ok).toBe(false);
    expect(saved.bytes).toBeGreaterThan(maxStoredBytes);
    expect(serialiseEdits('forms', diff, savedAt, 10).ok).toBe(false);
    expect(formatBytes(saved.bytes)).toBe('1.0 MB');
    expect(formatBytes(340_400)).toBe('340 KB');
  });

  it('keys each example separately', () => {
    expect(editsKey('forms')).not.toBe(editsKey('uploads'));
  });
});

describe('reading a stored value', () => {
  const valid = serialiseEdits('forms', { create: { 'a.ts': 'a' }, destroy: [] }, savedAt);
  const text = valid.ok ? valid.text : '';
  const withField = (patch: object) => JSON.stringify({ ...JSON.parse(text), ...patch });

  it('is nothing when nothing is stored', () => {
    expect(parseStoredEdits(null, 'forms')).toEqual({ kind: 'none' });
  });

  it.each([
    ['corrupt JSON', '{"version":1,', /not valid JSON/],
    ['a string', '"hello"', /not a saved set/],
    ['an array', '[]', /not a saved set/],
    ['another version', withField({ version: 2 }), /another format/],
    ['no version', withField({ version: undefined }), /another format/],
    ['another example', withField({ example: 'uploads' }), /another example/],
    ['a bad date', withField({ savedAt: 'yesterday' }), /date/],
    ['files that are not text', withField({ create: { 'a.ts': 1 } }), /files are malformed/],
    ['a path that climbs out', withField({ create: { '../../etc/passwd': 'x' } }), /files are malformed/],
    ['an absolute path', withField({ create: { '/app/page.tsx': 'x' } }), /files are malformed/],
    ['deletions that are not a list', withField({ destroy: 'README.md' }), /deleted files/],
    ['a deletion that climbs out', withField({ destroy: ['a/../../b'] }), /deleted files/],
  ])('refuses %s with a reason, without throwing', (_, raw, reason) => {
    const parsed = parseStoredEdits(raw, 'forms');
    expect(parsed.kind).toBe('unreadable');
    if (parsed.kind === 'unreadable') expect(parsed.reason).toMatch(reason);
  });
});
