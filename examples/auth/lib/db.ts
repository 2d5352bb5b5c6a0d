import 'server-only';
import { openDatabase } from './sqlite';

// The app's database: sessions and notes. lib/sqlite.ts opens the file; lib/session.ts and lib/notes.ts hold the
// SQL, which is the SQL you would run on Postgres. (The demo users stay in lib/users.ts.)
const schema = `
  CREATE TABLE IF NOT EXISTS sessions (
    -- The session's id, also the token's jti claim. Signing out deletes the row, and a token without its row is
    -- refused: in every process at once, at once.
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS sessions_expiry ON sessions (expires_at);
  CREATE TABLE IF NOT EXISTS notes (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id   TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS notes_by_owner ON notes (owner_id, seq);
`;

export const db = () => openDatabase('auth', schema);
