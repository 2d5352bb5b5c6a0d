import { describe, expect, it } from 'vitest';
import { loadSide, pairSideKey, parseSide, saveSide, shownSide } from '../../src/lib/pair-side';

describe('the remembered side of a pair', () => {
  it('reads a known side and falls back to the Server Action for anything else', () => {
    expect(parseSide('handler')).toBe('handler');
    expect(parseSide(' shared ')).toBe('shared');
    expect(parseSide('"handler"')).toBe('action');
    expect(parseSide(null)).toBe('action');
    expect(parseSide('tabs')).toBe('action');
  });

  it('survives storage that is missing or throws', () => {
    expect(loadSide(undefined)).toBe('action');
    expect(loadSide({ getItem: () => { throw new Error('blocked'); } })).toBe('action');
    expect(saveSide({ setItem: () => { throw new Error('quota'); } }, 'handler')).toBe(false);
  });

  it('stores the choice under its key', () => {
    const stored = new Map<string, string>();
    expect(saveSide({ setItem: (k, v) => stored.set(k, v) }, 'handler')).toBe(true);
    expect(stored.get(pairSideKey)).toBe('handler');
    expect(loadSide({ getItem: (k) => stored.get(k) ?? null })).toBe('handler');
  });

  it('shows the first side of a pair that lacks the chosen one', () => {
    expect(shownSide('shared', ['action', 'handler'])).toBe('action');
    expect(shownSide('handler', ['action', 'handler', 'shared'])).toBe('handler');
  });
});
