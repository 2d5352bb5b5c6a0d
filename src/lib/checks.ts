// Rules for the recap and "Check yourself" files (content/checks/<lesson-slug>.yaml): pure, so they are unit-tested.
import { AuthoringError } from './props';

export const checkLimits = {
  recap: { min: 3, max: 5 },
  questions: { min: 2, max: 3 },
  choices: { min: 2, max: 4 },
} as const;

export interface CheckChoice {
  text: string;
  correct: boolean;
  explanation: string;
}

export interface CheckQuestion {
  id: string;
  question: string;
  choices: CheckChoice[];
}

export interface Checks {
  recap: string[];
  questions: CheckQuestion[];
}

export interface CheckProblem {
  message: string;
  path: (string | number)[];
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Everything wrong with one checks file, each with what it got and what it accepts. Empty when the file is fine. */
export function findCheckProblems(checks: Checks): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const { recap, questions, choices } = checkLimits;
  if (checks.recap.length < recap.min || checks.recap.length > recap.max) {
    problems.push({
      message: `recap has ${count(checks.recap.length, 'bullet')}; write ${recap.min} to ${recap.max} short takeaways.`,
      path: ['recap'],
    });
  }
  if (checks.questions.length < questions.min || checks.questions.length > questions.max) {
    problems.push({
      message: `questions has ${count(checks.questions.length, 'question')}; write ${questions.min} or ${questions.max}.`,
      path: ['questions'],
    });
  }
  const seen = new Set<string>();
  checks.questions.forEach((q, i) => {
    if (seen.has(q.id)) {
      problems.push({ message: `Question id "${q.id}" is used twice; ids must be unique within the file.`, path: ['questions', i, 'id'] });
    }
    seen.add(q.id);
    if (q.choices.length < choices.min || q.choices.length > choices.max) {
      problems.push({
        message: `Question "${q.id}" has ${count(q.choices.length, 'choice')}; give ${choices.min} to ${choices.max}.`,
        path: ['questions', i, 'choices'],
      });
    }
    const correct = q.choices.filter((c) => c.correct).length;
    if (correct !== 1) {
      problems.push({
        message: `Question "${q.id}" has ${count(correct, 'correct choice')}; mark exactly one choice with "correct: true".`,
        path: ['questions', i, 'choices'],
      });
    }
  });
  return problems;
}

export const checksFile = (slug: string) => `content/checks/${slug}.yaml`;

/**
 * Every lesson has a checks file and every checks file belongs to a lesson (same slug). Throws one error listing
 * each mismatch and the fix.
 */
export function assertChecksMatchLessons(lessonIds: Iterable<string>, checkIds: Iterable<string>): void {
  const lessons = new Set(lessonIds);
  const checks = new Set(checkIds);
  const missing = [...lessons].filter((id) => !checks.has(id)).sort();
  const orphans = [...checks].filter((id) => !lessons.has(id)).sort();
  if (missing.length === 0 && orphans.length === 0) return;
  const lines = [
    ...missing.map((id) => `  - content/lessons/${id}.mdx has no ${checksFile(id)}: add one with a recap and ${checkLimits.questions.min}–${checkLimits.questions.max} questions.`),
    ...orphans.map((id) => `  - ${checksFile(id)} names no lesson: there is no content/lessons/${id}.mdx. Rename the file after a lesson's slug or delete it.`),
  ];
  throw new AuthoringError(
    `Each lesson needs exactly one checks file named after it:\n${lines.join('\n')}\nLesson slugs: ${[...lessons].sort().join(', ')}.`,
  );
}

/** The index of the one correct choice (the schema guarantees there is exactly one). */
export const correctIndex = (q: CheckQuestion) => q.choices.findIndex((c) => c.correct);
