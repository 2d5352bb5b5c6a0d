// The tasks' database: its schema. lib/sqlite.ts opens the file (DATABASE_FILE, or .data/typed-api.db).
import { openDatabase } from './sqlite';
import { writeBudgetSchema } from './write-budget';

const schema = `
  CREATE TABLE IF NOT EXISTS sessions (
    -- The cookie holds a random token; the table holds only its SHA-256, so a copy of the table opens no session.
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS api_tokens (
    -- The tokens another client (a mobile app, a script) sends as "Authorization: Bearer …". Hashed, like sessions.
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    issued_at  TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS api_tokens_by_user ON api_tokens (user_id, issued_at);
  CREATE TABLE IF NOT EXISTS tasks (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id   TEXT NOT NULL,
    title      TEXT NOT NULL,
    priority   TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high')),
    created_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS tasks_by_owner ON tasks (owner_id, id);
  ${writeBudgetSchema}
`;

export const db = () => openDatabase('typed-api', schema);

/** Rows that belong to a guest user (by the column naming them): they go when the guest's last session has ended. */
export const guestRows = [
  { table: 'tasks', owner: 'owner_id' },
  { table: 'api_tokens', owner: 'user_id' },
] as const;
