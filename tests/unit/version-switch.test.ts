import { describe, expect, it } from 'vitest';
import {
  commonLines,
  defaultTarget,
  differsBetweenTargets,
  loadTarget,
  mapHighlight,
  mapLineRange,
  parseTarget,
  sandboxNote,
  saveTarget,
  storageKey,
  tabForKey,
} from '../../src/lib/version-switch';

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
};

describe('the stored version choice', () => {
  it('reads a stored target', () => {
    expect(loadTarget(memory({ [storageKey]: 'next16' }))).toBe('next16');
    expect(loadTarget(memory({ [storageKey]: 'next15' }))).toBe('next15');
  });

  it('falls back to Next 16, what a new reader installs, for junk, old shapes and missing storage', () => {
    expect(defaultTarget).toBe('next16');
    for (const raw of [null, undefined, '', 'next17', '15', '{"v":"next15"}', '[', 'NEXT15', 42]) expect(parseTarget(raw)).toBe('next16');
    expect(parseTarget('"next15"')).toBe('next15');
    expect(parseTarget(' next15 ')).toBe('next15');
    expect(loadTarget(undefined)).toBe('next16');
    expect(loadTarget({ getItem: () => { throw new Error('blocked'); } })).toBe('next16');
  });

  it('saves a choice and survives storage that refuses', () => {
    const store = memory();
    expect(saveTarget(store, 'next16')).toBe(true);
    expect(store.data.get(storageKey)).toBe('next16');
    expect(saveTarget({ setItem: () => { throw new Error('quota'); } }, 'next16')).toBe(false);
    expect(saveTarget(undefined, 'next16')).toBe(false);
    expect(saveTarget(store, 'next17' as never)).toBe(false);
    expect(store.data.get(storageKey)).toBe('next16');
  });
});

describe('keyboard moves between the tabs', () => {
  it('wraps the arrow keys and knows Home and End', () => {
    expect(tabForKey('ArrowRight', 0, 2)).toBe(1);
    expect(tabForKey('ArrowRight', 1, 2)).toBe(0);
    expect(tabForKey('ArrowLeft', 0, 2)).toBe(1);
    expect(tabForKey('ArrowLeft', 1, 2)).toBe(0);
    expect(tabForKey('Home', 1, 2)).toBe(0);
    expect(tabForKey('End', 0, 2)).toBe(1);
  });

  it('ignores other keys and empty tab lists', () => {
    expect(tabForKey('Enter', 0, 2)).toBeUndefined();
    expect(tabForKey('ArrowDown', 0, 2)).toBeUndefined();
    expect(tabForKey('ArrowRight', 0, 0)).toBeUndefined();
  });
});

describe('which files get a switch', () => {
  it('only files in both targets with different text', () => {
    expect(differsBetweenTargets('a', 'b')).toBe(true);
    expect(differsBetweenTargets('a', 'a')).toBe(false);
    expect(differsBetweenTargets(undefined, 'a')).toBe(false);
    expect(differsBetweenTargets('a', undefined)).toBe(false);
  });

  it('the note names both versions it is given', () => {
    expect(sandboxNote('15.4.11', '16.4.6')).toBe(
      'The live sandbox runs the Next 15 version (Next.js 15.4.11, the newest line StackBlitz can run); the .zip download runs Next.js 16.4.6.',
    );
  });
});

describe('a quoted line range in the other version', () => {
  const a = ['import x', '', 'function f() {', '  one();', '  revalidatePath();', '  return 1;', '}', '', 'end'];
  const b = ['import y', 'import z', '', 'function f() {', '  one();', '  // why', '  refresh();', '  return 1;', '}', '', 'end'];

  it('pairs the shared lines', () => {
    expect(commonLines(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });

  it('covers the same lines, with the lines changed inside the range', () => {
    expect(mapLineRange(a, b, 3, 7)).toEqual({ start: 4, end: 9 });
  });

  it('takes lines added at the edges of the range too', () => {
    expect(mapLineRange(a, b, 1, 1)).toEqual({ start: 1, end: 2 });
    expect(mapLineRange(a, b, 5, 5)).toEqual({ start: 6, end: 7 });
    expect(mapLineRange(a, b, 9, 9)).toEqual({ start: 11, end: 11 });
  });

  it('quotes one line where a range removed in the other version was', () => {
    expect(mapLineRange(['a', 'gone', 'c'], ['a', 'c'], 2, 2)).toEqual({ start: 2, end: 2 });
  });

  it('moves highlighted lines that both versions share and drops the others', () => {
    const rangeA = { start: 3, end: 7 };
    const rangeB = mapLineRange(a, b, 3, 7);
    // Line 2 of the quote (one()) is line 2 of the other quote; line 3 (revalidatePath) exists only in a.
    expect(mapHighlight('2-3,4', a, b, rangeA, rangeB)).toBe('2,5');
    expect(mapHighlight('3', a, b, rangeA, rangeB)).toBeUndefined();
    expect(mapHighlight(undefined, a, b, rangeA, rangeB)).toBeUndefined();
  });
});
