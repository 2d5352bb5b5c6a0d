import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema } from '~/content.config';
import { parseProgress, retryMissed, score, type ScenarioKey } from '~/lib/quiz';

const keys: ScenarioKey[] = [
  { id: 'webhook', answer: 'route-handler' },
  { id: 'form', answer: 'server-action' },
  { id: 'read', answer: 'neither' },
];

describe('quiz scoring', () => {
  it('counts correct, answered and missed picks', () => {
    const result = score(keys, { webhook: 'route-handler', form: 'route-handler' });
    expect(result).toEqual({ correct: 1, answered: 2, total: 3, missed: ['form'], finished: false });
  });

  it('is finished when every scenario has a pick', () => {
    const result = score(keys, { webhook: 'route-handler', form: 'server-action', read: 'both' });
    expect(result.finished).toBe(true);
    expect(`${result.correct} of ${result.total}`).toBe('2 of 3');
  });

  it('retry forgets only the missed picks', () => {
    expect(retryMissed(keys, { webhook: 'route-handler', form: 'both', read: 'neither' })).toEqual({
      webhook: 'route-handler',
      read: 'neither',
    });
  });
});

describe('stored quiz progress', () => {
  it('restores valid picks and the retry list', () => {
    const raw = JSON.stringify({ picks: { webhook: 'route-handler' }, only: ['form'] });
    expect(parseProgress(raw, keys)).toEqual({ picks: { webhook: 'route-handler' }, only: ['form'] });
  });

  it('drops unknown scenarios, unknown choices and broken data', () => {
    const raw = JSON.stringify({ picks: { webhook: 'graphql', gone: 'neither', form: 'both' }, only: ['gone', 4] });
    expect(parseProgress(raw, keys)).toEqual({ picks: { form: 'both' }, only: null });
    expect(parseProgress('{oops', keys)).toEqual({ picks: {}, only: null });
    expect(parseProgress('null', keys)).toEqual({ picks: {}, only: null });
    expect(parseProgress(null, keys)).toEqual({ picks: {}, only: null });
  });
});

describe('the course quiz', () => {
  const quiz = quizSchema.parse(parse(readFileSync(resolve(import.meta.dirname, '../../content/quiz/decision-quiz.yaml'), 'utf8')));

  it('has at least 14 scenarios and uses every choice', () => {
    expect(quiz.scenarios.length).toBeGreaterThanOrEqual(14);
    expect(new Set(quiz.scenarios.map((s) => s.answer))).toEqual(new Set(['server-action', 'route-handler', 'both', 'neither']));
  });

  it('covers the situations readers ask about', () => {
    const text = JSON.stringify(quiz.scenarios).toLowerCase();
    for (const topic of ['webhook', 'oauth', 'cron', 'mobile', 'form', 'upload', 'search as you type', 'toggle']) {
      expect(text, topic).toContain(topic);
    }
  });

  it('rejects duplicate scenario ids', () => {
    const dup = { ...quiz, scenarios: [...quiz.scenarios, quiz.scenarios[0]] };
    expect(quizSchema.safeParse(dup).success).toBe(false);
  });
});
