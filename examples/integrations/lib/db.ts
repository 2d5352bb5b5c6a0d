// The orders' database: its schema. lib/sqlite.ts opens the file; lib/orders.ts holds the SQL, which is the SQL you
// would run on Postgres (where seq is `bigint GENERATED ALWAYS AS IDENTITY`).
import { openDatabase } from './sqlite';
import { writeBudgetSchema } from './write-budget';

const schema = `
  CREATE TABLE IF NOT EXISTS orders (
    -- The database numbers orders: never a count kept in one process, which a second process counts again.
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    channel    TEXT NOT NULL,
    sku        TEXT NOT NULL,
    quantity   INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 20),
    note       TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS orders_by_channel ON orders (channel, seq);
  ${writeBudgetSchema}
`;

export const db = () => openDatabase('integrations', schema);
