// The projects' database: its schema and seed. lib/sqlite.ts opens the file; lib/projects.ts holds the SQL of a
// rename, which is the SQL you would run on Postgres.
import { openDatabase } from './sqlite';

const schema = `
  CREATE TABLE IF NOT EXISTS projects (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    -- The name as compared: NFKC-folded and lower-cased by the app. The unique index is what keeps names unique,
    -- however many requests or processes rename at once.
    name_key TEXT NOT NULL
  );
  CREATE UNIQUE INDEX IF NOT EXISTS projects_name_key ON projects (name_key);
  INSERT INTO projects (id, name, name_key) VALUES
    ('p1', 'Apollo', 'apollo'),
    ('p2', 'Gemini', 'gemini')
  ON CONFLICT (id) DO NOTHING;
`;

export const db = () => openDatabase('errors', schema);
