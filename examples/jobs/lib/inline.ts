// The same slow report done inline, inside one request, with no job: to show what each side knows when the client
// leaves. Each step is counted in the database, so a test can see whether the work went on.
import { db } from './db';
import { stepCount, stepMs, sleep } from './settings';
import { budgetFrom, takeWrite } from './write-budget';

export type InlineResult =
  | { ok: true; status: 'finished' | 'stopped'; doneSteps: number; steps: number }
  | { ok: false; code: 'too_many_runs'; message: string; retryAfterSeconds: number };

/** Runs the report's steps now. With a signal, it stops at the next step once the signal aborts. */
export async function runInline(side: 'action' | 'handler', signal?: AbortSignal): Promise<InlineResult> {
  const started = db().transaction(() => {
    const budget = takeWrite(db(), `inline-${side}`, budgetFrom('INLINE_RUNS_PER_MINUTE', 20));
    if (!budget.ok) return budget;
    const run = db().get<{ id: number }>(`INSERT INTO inline_runs (side, steps, status) VALUES (?, ?, 'running') RETURNING id`, side, stepCount())!;
    db().run('DELETE FROM inline_runs WHERE id NOT IN (SELECT id FROM inline_runs ORDER BY id DESC LIMIT 50)');
    return { ok: true as const, id: run.id };
  });
  if (!started.ok) return { ok: false, code: 'too_many_runs', message: `Too many runs right now. Try again in ${started.retryAfterSeconds} s.`, retryAfterSeconds: started.retryAfterSeconds };
  const steps = stepCount();
  let done = 0;
  for (; done < steps; done++) {
    if (signal?.aborted) break; // the client left: nobody waits for the rest
    await sleep(stepMs());
    db().run('UPDATE inline_runs SET done_steps = done_steps + 1 WHERE id = ?', started.id);
  }
  const status = done === steps ? 'finished' : 'stopped';
  db().run('UPDATE inline_runs SET status = ? WHERE id = ?', status, started.id);
  return { ok: true, status, doneSteps: done, steps };
}

export interface InlineStats {
  runs: number;
  running: number;
  finished: number;
  stopped: number;
  doneSteps: number;
}

/** Counts per side, over the kept runs: how many ran, and how many steps they did. */
export function inlineStats(): Record<'action' | 'handler', InlineStats> {
  const rows = db().all<InlineStats & { side: 'action' | 'handler' }>(
    `SELECT side, COUNT(*) AS runs, SUM(status = 'running') AS running, SUM(status = 'finished') AS finished,
            SUM(status = 'stopped') AS stopped, SUM(done_steps) AS doneSteps
     FROM inline_runs GROUP BY side`,
  );
  const empty = { runs: 0, running: 0, finished: 0, stopped: 0, doneSteps: 0 };
  const of = (side: string) => {
    const row = rows.find((r) => r.side === side);
    return row ? { runs: row.runs, running: row.running, finished: row.finished, stopped: row.stopped, doneSteps: row.doneSteps } : empty;
  };
  return { action: of('action'), handler: of('handler') };
}
