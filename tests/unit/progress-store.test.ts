import { describe, expect, it } from 'vitest';
import { answeredSummary, challengeProgressKey, checksKey, progressKey, readAnswers, readDone, saveAnswer, setDone, summary } from '~/lib/progress-store';

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

describe('"Check yourself" answers', () => {
  const known = { forms: ['use-action-state', 'no-js'], webhooks: ['raw-body'] };

  it('records and forgets answers per lesson, keeping other lessons', () => {
    const storage = new MemoryStorage();
    saveAnswer(storage, 'forms', 'no-js', { choice: 1, correct: true });
    saveAnswer(storage, 'webhooks', 'raw-body', { choice: 0, correct: false });
    expect(readAnswers(storage)).toEqual({
      forms: { 'no-js': { choice: 1, correct: true } },
      webhooks: { 'raw-body': { choice: 0, correct: false } },
    });
    expect(saveAnswer(storage, 'webhooks', 'raw-body', null)).toEqual({ forms: { 'no-js': { choice: 1, correct: true } } });
  });

  it('reads bad JSON, wrong shapes and unknown ids as not answered', () => {
    const storage = new MemoryStorage();
    storage.data.set(checksKey, '{oops');
    expect(readAnswers(storage, known)).toEqual({});
    storage.data.set(checksKey, JSON.stringify(['forms']));
    expect(readAnswers(storage, known)).toEqual({});
    const stored = JSON.stringify({
      forms: { 'no-js': { choice: 0, correct: false }, gone: { choice: 0, correct: true }, 'use-action-state': { choice: '1', correct: true } },
      webhooks: [1],
      'old-lesson': { q: { choice: 0, correct: true } },
    });
    storage.data.set(checksKey, stored.replace(/^\{/, '{"__proto__":{"q":{"choice":0,"correct":true}},'));
    expect(readAnswers(storage, known)).toEqual({ forms: { 'no-js': { choice: 0, correct: false } } });
    expect(readAnswers(storage)).toEqual({
      forms: { 'no-js': { choice: 0, correct: false }, gone: { choice: 0, correct: true } },
      'old-lesson': { q: { choice: 0, correct: true } },
    });
    expect(readAnswers(undefined)).toEqual({});
  });

  it('keeps the previous answers when storage refuses the write', () => {
    const storage = new MemoryStorage();
    saveAnswer(storage, 'forms', 'no-js', { choice: 1, correct: true });
    storage.failWrites = true;
    expect(saveAnswer(storage, 'webhooks', 'raw-body', { choice: 0, correct: true })).toEqual({
      forms: { 'no-js': { choice: 1, correct: true } },
    });
  });

  it('counts the answered questions of one lesson', () => {
    const answers = { forms: { 'no-js': { choice: 1, correct: true }, removed: { choice: 0, correct: true } } };
    expect(answeredSummary(answers, 'forms', known.forms)).toEqual({ answered: 1, correct: 1, total: 2, text: '1 of 2 answered' });
    expect(answeredSummary(answers, 'webhooks', known.webhooks).text).toBe('0 of 1 answered');
    expect(answeredSummary({ forms: {} }, 'forms', ['constructor']).answered).toBe(0);
  });
});

describe('challenges done', () => {
  it('are kept under their own key, apart from the lessons', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v) };
    setDone(storage, 'forms', true);
    expect([...setDone(storage, 'transfers--cross-site-post', true, challengeProgressKey)]).toEqual(['transfers--cross-site-post']);
    expect([...readDone(storage)]).toEqual(['forms']);
    expect([...readDone(storage, challengeProgressKey)]).toEqual(['transfers--cross-site-post']);
    expect(values.get(challengeProgressKey)).toBe('["transfers--cross-site-post"]');
    expect([...setDone(storage, 'transfers--cross-site-post', false, challengeProgressKey)]).toEqual([]);
  });
});
