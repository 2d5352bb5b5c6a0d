// Quiz scoring and stored progress: pure functions the Quiz island renders.

export const quizChoices = ['server-action', 'route-handler', 'both', 'neither'] as const;
export type QuizChoice = (typeof quizChoices)[number];

export const choiceLabels: Record<QuizChoice, string> = {
  'server-action': 'Server Action',
  'route-handler': 'Route Handler',
  both: 'Both, sharing one function',
  neither: 'Neither',
};

export interface ScenarioKey {
  id: string;
  answer: QuizChoice;
}

/** Picks per scenario id. Only ids and choices that exist are ever kept. */
export type Picks = Record<string, QuizChoice>;

export interface Score {
  correct: number;
  answered: number;
  total: number;
  missed: string[];
  finished: boolean;
}

export function score(scenarios: readonly ScenarioKey[], picks: Picks): Score {
  let correct = 0;
  let answered = 0;
  const missed: string[] = [];
  for (const s of scenarios) {
    const pick = picks[s.id];
    if (!pick) continue;
    answered += 1;
    if (pick === s.answer) correct += 1;
    else missed.push(s.id);
  }
  return { correct, answered, total: scenarios.length, missed, finished: answered === scenarios.length };
}

/** Forgets the missed picks so those scenarios can be tried again; correct ones stay. */
export function retryMissed(scenarios: readonly ScenarioKey[], picks: Picks): Picks {
  const missed = new Set(score(scenarios, picks).missed);
  return Object.fromEntries(Object.entries(picks).filter(([id]) => !missed.has(id)));
}

export const storageKey = 'quiz-progress-v1';

export interface StoredProgress {
  picks: Picks;
  /** Scenario ids shown in "retry" mode, or null for all. */
  only: string[] | null;
}

/** Reads stored progress defensively: unknown ids, unknown choices and bad JSON are dropped. */
export function parseProgress(raw: string | null, scenarios: readonly ScenarioKey[]): StoredProgress {
  const empty: StoredProgress = { picks: {}, only: null };
  if (!raw) return empty;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (typeof value !== 'object' || value === null) return empty;
  const ids = new Set(scenarios.map((s) => s.id));
  const picks: Picks = {};
  const storedPicks = (value as { picks?: unknown }).picks;
  if (typeof storedPicks === 'object' && storedPicks !== null) {
    for (const [id, choice] of Object.entries(storedPicks)) {
      if (ids.has(id) && (quizChoices as readonly string[]).includes(choice as string)) picks[id] = choice as QuizChoice;
    }
  }
  const storedOnly = (value as { only?: unknown }).only;
  const only = Array.isArray(storedOnly) ? storedOnly.filter((id): id is string => typeof id === 'string' && ids.has(id)) : null;
  return { picks, only: only && only.length > 0 ? only : null };
}
