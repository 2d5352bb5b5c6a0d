// The example's database: its schema and the one team's row. lib/sqlite.ts opens the file (DATABASE_FILE, or
// .data/proxy.db).
import { openDatabase } from './sqlite';
import { writeBudgetSchema } from './write-budget';

const schema = `
  CREATE TABLE IF NOT EXISTS sessions (
    -- The cookie holds a random token; the table holds only its SHA-256, so a copy of the table opens no session.
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  -- One team, one row: its name, and the file a member uploaded last (its size and SHA-256, not its bytes).
  CREATE TABLE IF NOT EXISTS team (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    name       TEXT NOT NULL,
    file_bytes INTEGER,
    file_sha256 TEXT
  );
  INSERT INTO team (id, name) VALUES (1, 'Blue Herons') ON CONFLICT (id) DO NOTHING;
  ${writeBudgetSchema}
`;

export const db = () => openDatabase('proxy', schema);

/** Rows that belong to a guest user (by the column naming them): none here, since the one team is everyone's. */
export const guestRows: readonly { table: string; owner: string }[] = [];
