// The messages' database: its schema. lib/sqlite.ts opens the file (DATABASE_FILE, or .data/optimistic.db).
import { openDatabase } from './sqlite';
import { writeBudgetSchema } from './write-budget';

const schema = `
  CREATE TABLE IF NOT EXISTS messages (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  ${writeBudgetSchema}
`;

export const db = () => openDatabase('optimistic', schema);
