// The quiz island: one card per scenario, immediate feedback, a score, retry of missed ones, saved progress.
import { useEffect, useState } from 'react';
import type { QuizItem } from '~/lib/decisions';
import {
  choiceLabels,
  parseProgress,
  quizChoices,
  retryMissed,
  score,
  storageKey,
  type Picks,
  type QuizChoice,
  type StoredProgress,
} from '~/lib/quiz';
import styles from './Quiz.module.css';

interface Props {
  scenarios: QuizItem[];
}

function save(progress: StoredProgress) {
  try {
    localStorage.setItem(storageKey, JSON.stringify(progress));
  } catch {
    // Storage blocked: the quiz still works for this visit.
  }
}

export default function Quiz({ scenarios }: Props) {
  const [picks, setPicks] = useState<Picks>({});
  const [only, setOnly] = useState<string[] | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(storageKey);
    } catch {
      raw = null;
    }
    const restored = parseProgress(raw, scenarios);
    setPicks(restored.picks);
    setOnly(restored.only);
    setReady(true);
  }, [scenarios]);

  const update = (nextPicks: Picks, nextOnly: string[] | null) => {
    setPicks(nextPicks);
    setOnly(nextOnly);
    save({ picks: nextPicks, only: nextOnly });
  };

  const result = score(scenarios, picks);
  const shown = only ? scenarios.filter((s) => only.includes(s.id)) : scenarios;

  return (
    <div className={styles.quiz}>
      <p className={styles.progress} aria-live="polite" data-pagefind-ignore>
        {!ready
          ? `${result.total} scenarios`
          : result.finished
            ? `Finished: ${result.correct} of ${result.total} correct`
            : `Answered ${result.answered} of ${result.total}`}
        {only && ready && ` · retrying ${only.length} you missed`}
      </p>
      <ol className={styles.cards}>
        {shown.map((s) => {
          const pick = picks[s.id];
          const right = pick === s.answer;
          return (
            <li key={s.id} className={styles.card} data-state={pick ? (right ? 'right' : 'wrong') : 'open'}>
              <article aria-labelledby={`q-${s.id}`}>
                <h2 id={`q-${s.id}`} className={styles.title}>
                  {s.title}
                </h2>
                <p>{s.scenario}</p>
                <div role="group" aria-label={`Your answer for “${s.title}”`} className={styles.choices} data-pagefind-ignore>
                  {quizChoices.map((choice: QuizChoice) => (
                    <button
                      key={choice}
                      type="button"
                      aria-pressed={pick === choice}
                      disabled={!ready || Boolean(pick)}
                      onClick={() => update({ ...picks, [s.id]: choice }, only)}
                    >
                      {choiceLabels[choice]}
                    </button>
                  ))}
                </div>
                <div role="status" className={styles.feedback}>
                  {pick && (
                    <>
                      <p>
                        <strong>{right ? 'Correct.' : `Not quite: the best choice is ${choiceLabels[s.answer]}.`}</strong>{' '}
                        {s.explanation}
                      </p>
                      <p>
                        Read more: <a href={s.lessonLink.href}>{s.lessonLink.title}</a>
                      </p>
                    </>
                  )}
                </div>
                <details className={styles.noJs}>
                  <summary>Show the answer</summary>
                  <p>
                    <strong>{choiceLabels[s.answer]}.</strong> {s.explanation}{' '}
                    <a href={s.lessonLink.href}>{s.lessonLink.title}</a>
                  </p>
                </details>
              </article>
            </li>
          );
        })}
      </ol>
      {ready && (result.finished || Object.keys(picks).length > 0) && (
        <section className={styles.summary} aria-labelledby="quiz-score">
          {result.finished ? (
            <>
              <h2 id="quiz-score">Your score</h2>
              <p className={styles.score}>
                {result.correct} of {result.total}
              </p>
            </>
          ) : (
            <h2 id="quiz-score">Keep going</h2>
          )}
          <div className={styles.actions}>
            {result.finished && result.missed.length > 0 && (
              <button type="button" onClick={() => update(retryMissed(scenarios, picks), result.missed)}>
                Retry the ones I missed
              </button>
            )}
            {only && (
              <button type="button" onClick={() => update(picks, null)}>
                Show all scenarios
              </button>
            )}
            <button type="button" onClick={() => update({}, null)}>
              Reset the quiz
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
