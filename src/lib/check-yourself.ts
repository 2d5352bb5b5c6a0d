// What the "Check yourself" questions do when a reader answers: framework-free, so it is unit-tested without a DOM.
import type { CheckAnswer } from './progress-store';

export interface QuestionKey {
  /** Index of the correct choice. */
  correct: number;
  /** How many choices the question has. */
  choices: number;
}

/** The answer for picking `choice`, or null when that is not a choice of this question. */
export function answerFor(key: QuestionKey, choice: number): CheckAnswer | null {
  if (!Number.isInteger(choice) || choice < 0 || choice >= key.choices) return null;
  return { choice, correct: choice === key.correct };
}

/**
 * A stored answer still fits the question: the choice exists and is still right (or still wrong). When an author has
 * reordered or changed the choices, the old answer is dropped instead of showing the wrong feedback.
 */
export function restoredAnswer(key: QuestionKey, stored: CheckAnswer | undefined): CheckAnswer | null {
  if (!stored) return null;
  const answer = answerFor(key, stored.choice);
  return answer && answer.correct === stored.correct ? answer : null;
}

/** The first words of the feedback announced after a pick; the choice's explanation follows. */
export const verdictText = (correct: boolean) => (correct ? 'Correct.' : 'Not quite.');

/**
 * Arrow keys move the checked radio button within a group. That only moves through the choices; the reader answers
 * with a click, Space or Enter, so browsing the choices with the keyboard does not answer the question by accident.
 */
export const movesSelection = (key: string) => ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(key);

/** Keys that answer with the focused choice. */
export const answersWithKey = (key: string) => key === ' ' || key === 'Enter';
