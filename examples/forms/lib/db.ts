// The posts' database: its schema and seed. lib/sqlite.ts opens the file; lib/posts.ts holds the SQL, which is the
// SQL you would run on Postgres (where the id column is `bigint GENERATED ALWAYS AS IDENTITY`).
import { openDatabase } from './sqlite';
import { writeBudgetSchema } from './write-budget';

const schema = `
  CREATE TABLE IF NOT EXISTS posts (
    -- The database hands out ids: never a number counted in one process, which a second process counts again.
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  INSERT INTO posts (id, title, body, created_at)
  VALUES (1, 'Hello from the store', 'This post was here when the app started.', '1970-01-01T00:00:00.000Z')
  ON CONFLICT (id) DO NOTHING;
  ${writeBudgetSchema}
`;

export const db = () => openDatabase('forms', schema);
