// The jobs' database: its schema. lib/sqlite.ts opens the file (DATABASE_FILE, or .data/jobs.db).
import { openDatabase } from './sqlite';
import { writeBudgetSchema } from './write-budget';

const schema = `
  CREATE TABLE IF NOT EXISTS jobs (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT, -- order only; never shown
    id          TEXT NOT NULL UNIQUE,              -- the public id: random, so it cannot be guessed
    owner       TEXT NOT NULL,                     -- the browser that asked for it (its jobs_owner cookie)
    status      TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'cancelled', 'failed')),
    steps       INTEGER NOT NULL,
    done_steps  INTEGER NOT NULL DEFAULT 0,
    attempts    INTEGER NOT NULL DEFAULT 0,        -- how many times a worker claimed it
    worker      TEXT,                              -- who holds the lease
    lease_until INTEGER,                           -- ms since 1970; a lease that ran out may be claimed again
    created_at  INTEGER NOT NULL,
    finished_at INTEGER
  );
  CREATE INDEX IF NOT EXISTS jobs_claimable ON jobs (status, lease_until);
  CREATE TABLE IF NOT EXISTS job_events (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL,
    what   TEXT NOT NULL,
    at     INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS inline_runs (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    side       TEXT NOT NULL CHECK (side IN ('action', 'handler')),
    steps      INTEGER NOT NULL,
    done_steps INTEGER NOT NULL DEFAULT 0,
    status     TEXT NOT NULL CHECK (status IN ('running', 'finished', 'stopped'))
  );
  ${writeBudgetSchema}
`;

export const db = () => openDatabase('jobs', schema);
