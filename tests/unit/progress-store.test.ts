import { describe, expect, it } from 'vitest';
import { progressKey, readDone, setDone, summary } from '~/lib/progress-store';

class MemoryStorage {
  data = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.data.set(key, value);
  }
}

describe('course progress store', () => {
  it('marks lessons done and not done', () => {
    const storage = new MemoryStorage();
    expect([...setDone(storage, 'webhooks', true)]).toEqual(['webhooks']);
    setDone(storage, 'forms', true);
    expect(readDone(storage)).toEqual(new Set(['forms', 'webhooks']));
    setDone(storage, 'webhooks', false);
    expect(readDone(storage)).toEqual(new Set(['forms']));
  });

  it('reads bad or missing data as nothing done', () => {
    const storage = new MemoryStorage();
    expect(readDone(storage).size).toBe(0);
    storage.data.set(progressKey, '{not json');
    expect(readDone(storage).size).toBe(0);
    storage.data.set(progressKey, JSON.stringify({ a: 1 }));
    expect(readDone(storage).size).toBe(0);
    storage.data.set(progressKey, JSON.stringify(['ok', 3, null]));
    expect(readDone(storage)).toEqual(new Set(['ok']));
    expect(readDone(undefined).size).toBe(0);
  });

  it('keeps the previous state when storage refuses the write', () => {
    const storage = new MemoryStorage();
    setDone(storage, 'forms', true);
    storage.failWrites = true;
    expect(setDone(storage, 'webhooks', true)).toEqual(new Set(['forms']));
  });

  it('summarises progress over the lessons that exist', () => {
    expect(summary(new Set(['a', 'gone']), ['a', 'b', 'c']).text).toBe('1 of 3 lessons done');
  });
});
