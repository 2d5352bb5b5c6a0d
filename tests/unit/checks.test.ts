import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerFor, answersWithKey, movesSelection, restoredAnswer, verdictText } from '~/lib/check-yourself';
import { assertChecksMatchLessons, correctIndex, findCheckProblems, type Checks, type CheckQuestion } from '~/lib/checks';
import { AuthoringError } from '~/lib/props';

const choice = (text: string, correct = false) => ({ text, correct, explanation: `Because ${text} is ${correct ? 'right' : 'wrong'}.` });
const question = (id: string, choices = [choice('a', true), choice('b')]): CheckQuestion => ({ id, question: `Question ${id}?`, choices });
const valid = (): Checks => ({ recap: ['one', 'two', 'three'], questions: [question('first'), question('second')] });

describe('checks file rules', () => {
  it('accepts 3–5 recap bullets and 2–3 questions with one correct choice each', () => {
    expect(findCheckProblems(valid())).toEqual([]);
    expect(findCheckProblems({ recap: ['1', '2', '3', '4', '5'], questions: [question('a'), question('b'), question('c')] })).toEqual([]);
  });

  it('says how many recap bullets and questions it got and how many it accepts', () => {
    const problems = findCheckProblems({ recap: ['only', 'two'], questions: [question('lonely')] });
    expect(problems.map((p) => p.message)).toEqual([
      'recap has 2 bullets; write 3 to 5 short takeaways.',
      'questions has 1 question; write 2 or 3.',
    ]);
    expect(findCheckProblems({ ...valid(), recap: ['1', '2', '3', '4', '5', '6'] })[0]!.path).toEqual(['recap']);
  });

  it('needs exactly one correct choice per question, naming the question', () => {
    const none = { ...valid(), questions: [question('first'), question('no-answer', [choice('a'), choice('b')])] };
    expect(findCheckProblems(none)).toEqual([
      {
        message: 'Question "no-answer" has 0 correct choices; mark exactly one choice with "correct: true".',
        path: ['questions', 1, 'choices'],
      },
    ]);
    const two = { ...valid(), questions: [question('two-answers', [choice('a', true), choice('b', true)]), question('second')] };
    expect(findCheckProblems(two)[0]!.message).toContain('has 2 correct choices');
  });

  it('needs 2–4 choices and unique question ids', () => {
    const problems = findCheckProblems({
      ...valid(),
      questions: [question('same', [choice('a', true)]), question('same', [choice('a', true), choice('b'), choice('c'), choice('d'), choice('e')])],
    });
    expect(problems.map((p) => p.message)).toEqual([
      'Question "same" has 1 choice; give 2 to 4.',
      'Question id "same" is used twice; ids must be unique within the file.',
      'Question "same" has 5 choices; give 2 to 4.',
    ]);
  });

  it('finds the correct choice', () => {
    expect(correctIndex(question('x', [choice('a'), choice('b'), choice('c', true)]))).toBe(2);
  });
});

describe('every lesson has its checks file', () => {
  it('passes when lessons and checks files match', () => {
    expect(() => assertChecksMatchLessons(['forms', 'webhooks'], ['webhooks', 'forms'])).not.toThrow();
  });

  it('names a lesson without a checks file and a checks file without a lesson, with the fix', () => {
    let error: unknown;
    try {
      assertChecksMatchLessons(['forms', 'webhooks'], ['forms', 'web-hooks']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AuthoringError);
    const message = (error as Error).message;
    expect(message).toContain('content/lessons/webhooks.mdx has no content/checks/webhooks.yaml: add one');
    expect(message).toContain('content/checks/web-hooks.yaml names no lesson: there is no content/lessons/web-hooks.mdx');
    expect(message).toContain('Lesson slugs: forms, webhooks.');
  });

  it('holds for the course content, and every file follows the rules', () => {
    const root = resolve(import.meta.dirname, '../..');
    const slugs = (dir: string, ext: string) =>
      readdirSync(resolve(root, dir))
        .filter((f) => f.endsWith(ext))
        .map((f) => f.slice(0, -ext.length));
    const checkSlugs = slugs('content/checks', '.yaml');
    expect(() => assertChecksMatchLessons(slugs('content/lessons', '.mdx'), checkSlugs)).not.toThrow();
    for (const slug of checkSlugs) {
      let data: Checks;
      try {
        data = parse(readFileSync(resolve(root, 'content/checks', `${slug}.yaml`), 'utf8')) as Checks;
      } catch (error) {
        throw new Error(`content/checks/${slug}.yaml: ${(error as Error).message}`);
      }
      data.questions.forEach((q) => q.choices.forEach((c) => (c.correct ??= false)));
      expect(findCheckProblems(data), slug).toEqual([]);
    }
  });
});

describe('answering a question', () => {
  const key = { correct: 1, choices: 3 };

  it('turns a pick into a right or wrong answer, ignoring choices that do not exist', () => {
    expect(answerFor(key, 1)).toEqual({ choice: 1, correct: true });
    expect(answerFor(key, 0)).toEqual({ choice: 0, correct: false });
    expect(answerFor(key, 3)).toBeNull();
    expect(answerFor(key, -1)).toBeNull();
    expect(answerFor(key, 0.5)).toBeNull();
  });

  it('restores a stored answer only while it still fits the question', () => {
    expect(restoredAnswer(key, { choice: 2, correct: false })).toEqual({ choice: 2, correct: false });
    expect(restoredAnswer(key, undefined)).toBeNull();
    // The author moved the correct choice: the old "right" answer would now be shown as wrong, so it is dropped.
    expect(restoredAnswer(key, { choice: 0, correct: true })).toBeNull();
    expect(restoredAnswer(key, { choice: 7, correct: false })).toBeNull();
  });

  it('starts the feedback with the verdict', () => {
    expect(verdictText(true)).toBe('Correct.');
    expect(verdictText(false)).toBe('Not quite.');
  });

  it('lets arrow keys browse the choices and Space or Enter answer', () => {
    expect(movesSelection('ArrowDown')).toBe(true);
    expect(movesSelection(' ')).toBe(false);
    expect(answersWithKey(' ')).toBe(true);
    expect(answersWithKey('Enter')).toBe(true);
    expect(answersWithKey('ArrowUp')).toBe(false);
  });
});
