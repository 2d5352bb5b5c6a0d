// Which lessons and challenges a reader has finished, kept in the browser's storage. Pure apart from the Storage it is given.

export const progressKey = 'course-progress-v1';
/** The challenges a reader marked done (keys like "transfers--cross-site-post"), kept apart from the lessons. */
export const challengeProgressKey = 'challenges-done-v1';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's localStorage, or undefined where reading it throws (blocked storage, some private modes). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The ids of finished lessons (or, with `challengeProgressKey`, challenges). Bad or missing data reads as nothing finished. */
export function readDone(storage: StorageLike | undefined, key = progressKey): Set<string> {
  try {
    const value: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Marks a lesson (or challenge) finished or not, and returns the new set. Storage failures leave the set as it was. */
export function setDone(storage: StorageLike | undefined, id: string, done: boolean, key = progressKey): Set<string> {
  const ids = readDone(storage, key);
  if (done) ids.add(id);
  else ids.delete(id);
  try {
    storage?.setItem(key, JSON.stringify([...ids].sort()));
  } catch {
    return readDone(storage, key);
  }
  return ids;
}

/** "3 of 19 lessons done", counting only lessons that exist. */
export function summary(done: Set<string>, lessonIds: readonly string[]): { done: number; total: number; text: string } {
  const count = lessonIds.filter((id) => done.has(id)).length;
  return { done: count, total: lessonIds.length, text: `${count} of ${lessonIds.length} lessons done` };
}

// "Check yourself" answers: per lesson, which questions were answered, with the choice and whether it was right.

export const checksKey = 'checks-progress-v1';

export interface CheckAnswer {
  /** Index of the chosen choice in the question's list. */
  choice: number;
  correct: boolean;
}

/** Lesson id → question id → answer. */
export type CheckAnswers = Record<string, Record<string, CheckAnswer>>;

/** Lesson id → the ids of its questions, as the page knows them. */
export type KnownQuestions = Record<string, readonly string[]>;

// Lesson and question ids are kebab-case slugs; anything else (such as "__proto__") is not ours.
const isSlug = (id: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);

function isAnswer(value: unknown): value is CheckAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { choice, correct } = value as Partial<CheckAnswer>;
  return Number.isInteger(choice) && (choice as number) >= 0 && typeof correct === 'boolean';
}

/**
 * Stored answers, read defensively: bad JSON or a wrong shape reads as nothing answered, and when `known` is given,
 * lessons and questions it does not list are dropped (a question that was renamed or removed no longer counts).
 */
export function readAnswers(storage: StorageLike | undefined, known?: KnownQuestions): CheckAnswers {
  let value: unknown;
  try {
    value = JSON.parse(storage?.getItem(checksKey) ?? '{}');
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const answers: CheckAnswers = {};
  for (const [lessonId, questions] of Object.entries(value)) {
    if (!isSlug(lessonId)) continue;
    const knownIds = known && Object.hasOwn(known, lessonId) ? known[lessonId] : undefined;
    if (known && !knownIds) continue;
    if (typeof questions !== 'object' || questions === null || Array.isArray(questions)) continue;
    const kept: Record<string, CheckAnswer> = {};
    for (const [questionId, answer] of Object.entries(questions)) {
      if (!isSlug(questionId) || (knownIds && !knownIds.includes(questionId))) continue;
      if (isAnswer(answer)) kept[questionId] = { choice: answer.choice, correct: answer.correct };
    }
    if (Object.keys(kept).length > 0) answers[lessonId] = kept;
  }
  return answers;
}

/**
 * Records an answer (or forgets it, with `answer` null, when the reader tries again) and returns all answers.
 * Other lessons' answers are kept as stored. Storage failures leave the answers as they were.
 */
export function saveAnswer(
  storage: StorageLike | undefined,
  lessonId: string,
  questionId: string,
  answer: CheckAnswer | null,
): CheckAnswers {
  const answers = readAnswers(storage);
  const lesson = { ...answers[lessonId] };
  if (answer) lesson[questionId] = { choice: answer.choice, correct: answer.correct };
  else delete lesson[questionId];
  if (Object.keys(lesson).length > 0) answers[lessonId] = lesson;
  else delete answers[lessonId];
  try {
    storage?.setItem(checksKey, JSON.stringify(answers));
  } catch {
    return readAnswers(storage);
  }
  return answers;
}

/** "2 of 3 answered" for one lesson, counting only the questions it has. */
export function answeredSummary(answers: CheckAnswers, lessonId: string, questionIds: readonly string[]) {
  const lesson = answers[lessonId] ?? {};
  const answered = questionIds.filter((id) => Object.hasOwn(lesson, id)).length;
  const correct = questionIds.filter((id) => lesson[id]?.correct).length;
  return { answered, correct, total: questionIds.length, text: `${answered} of ${questionIds.length} answered` };
}
