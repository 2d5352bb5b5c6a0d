// A budget for anonymous writes, kept in the database so that it holds across instances: at most `perMinute`
// writes of one kind per clock minute, whoever sends them. The check and the count are one statement, so two
// requests cannot both take the last one. It is no per-client limit: without accounts, or a client address from a
// proxy you trust (the rate-limiting example), nothing tells one anonymous writer from another. What it does keep
// bounded is the work: a flood gets 429 once the minute's budget is spent, and the table and the page stay small.
import type { Database } from './sqlite';

export const writeBudgetSchema = `
  CREATE TABLE IF NOT EXISTS write_budget (
    kind   TEXT NOT NULL,
    minute INTEGER NOT NULL,
    used   INTEGER NOT NULL,
    PRIMARY KEY (kind, minute)
  );
`;

/** Takes one write from this minute's budget; when it is spent, says how many seconds until the next minute. */
export function takeWrite(db: Database, kind: string, perMinute: number, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
  const minute = Math.floor(now / 60_000);
  db.run('DELETE FROM write_budget WHERE minute < ?', minute); // past minutes: the table holds one row per kind
  const taken = db.get<{ used: number }>(
    `INSERT INTO write_budget (kind, minute, used) VALUES (?, ?, 1)
     ON CONFLICT (kind, minute) DO UPDATE SET used = used + 1 WHERE write_budget.used < ?
     RETURNING used`,
    kind,
    minute,
    perMinute,
  );
  return taken ? { ok: true } : { ok: false, retryAfterSeconds: 60 - Math.floor((now % 60_000) / 1000) };
}

/** The budget from the environment variable `name` (a whole number), else `fallback`. */
export function budgetFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw)) throw new Error(`${name} must be a whole number of writes per minute, not "${raw}".`);
  return Number(raw);
}
