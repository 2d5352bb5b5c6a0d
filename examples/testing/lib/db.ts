// The notes' database: its schema. lib/sqlite.ts opens the file (DATABASE_FILE, or .data/testing.db); the tests
// point DATABASE_FILE at a fresh file of their own (vitest.config.mts).
import { openDatabase } from './sqlite';
import { writeBudgetSchema } from './write-budget';

const schema = `
  CREATE TABLE IF NOT EXISTS sessions (
    -- The cookie holds a random token; the table holds only its SHA-256, so a copy of the table opens no session.
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS notes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id  TEXT NOT NULL,
    text       TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS notes_by_author ON notes (author_id, id);
  ${writeBudgetSchema}
`;

export const db = () => openDatabase('testing', schema);

/** Rows that belong to a guest user (by the column naming them): they go when the guest's last session has ended. */
export const guestRows = [{ table: 'notes', owner: 'author_id' }] as const;
