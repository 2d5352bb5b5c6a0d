// A budget for anonymous writes, kept in the database so that it holds across instances: at most `perWindow`
// writes of one kind per clock minute, whoever sends them (WRITE_BUDGET_WINDOW_SECONDS stretches the window, for
// tests that must not straddle a minute). The check and the count are one statement, so two
// requests cannot both take the last one. It is no per-client limit: without accounts, or a client address from a
// proxy you trust (the rate-limiting example), nothing tells one anonymous writer from another. What it does keep
// bounded is the work: a flood gets 429 once the minute's budget is spent, and the table and the page stay small.
import type { Database } from './sqlite';

export const writeBudgetSchema = `
  CREATE TABLE IF NOT EXISTS write_budget (
    kind   TEXT NOT NULL,
    period INTEGER NOT NULL,
    used   INTEGER NOT NULL,
    PRIMARY KEY (kind, period)
  );
`;

/** Takes one write from this window's budget; when it is spent, says how many seconds until the next window. */
export function takeWrite(db: Database, kind: string, perWindow: number, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
  const windowMs = budgetFrom('WRITE_BUDGET_WINDOW_SECONDS', 60) * 1000 || 60_000;
  const period = Math.floor(now / windowMs);
  db.run('DELETE FROM write_budget WHERE period < ?', period); // past windows: the table holds one row per kind
  const taken = db.get<{ used: number }>(
    `INSERT INTO write_budget (kind, period, used) VALUES (?, ?, 1)
     ON CONFLICT (kind, period) DO UPDATE SET used = used + 1 WHERE write_budget.used < ?
     RETURNING used`,
    kind,
    period,
    perWindow,
  );
  return taken ? { ok: true } : { ok: false, retryAfterSeconds: Math.ceil((windowMs - (now % windowMs)) / 1000) };
}

/** A whole number from the environment variable `name`, else `fallback`. */
export function budgetFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw)) throw new Error(`${name} must be a whole number, not "${raw}".`);
  return Number(raw);
}
