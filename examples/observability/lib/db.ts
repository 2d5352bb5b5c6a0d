// The feedback database: its schema. lib/sqlite.ts opens the file (DATABASE_FILE, or .data/observability.db).
import { openDatabase } from './sqlite';
import { writeBudgetSchema } from './write-budget';

const schema = `
  CREATE TABLE IF NOT EXISTS feedback (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    rating     INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment    TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  ${writeBudgetSchema}
`;

export const db = () => openDatabase('observability', schema);
