// The inventory's database: its schema and seed. lib/sqlite.ts opens the file; the rules are in the SQL of
// lib/inventory.ts, which is the SQL you would run on Postgres.
import { openDatabase } from './sqlite';

const schema = `
  CREATE TABLE IF NOT EXISTS products (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    stock    INTEGER NOT NULL CHECK (stock >= 0),
    position INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS reservations (
    id              TEXT PRIMARY KEY,
    -- Checked at COMMIT, so the row can claim its idempotency key before the stock is taken (and an unknown
    -- product is refused by the code and rolled back first).
    product_id      TEXT NOT NULL REFERENCES products (id) DEFERRABLE INITIALLY DEFERRED,
    quantity        INTEGER NOT NULL CHECK (quantity > 0),
    customer        TEXT NOT NULL,
    -- Whose allowance a hold counts against (lib/inventory.ts): the channel, and the browser's id or the name folded
    -- to one case, so "ADA" and "ada" hold from one allowance.
    customer_key    TEXT NOT NULL,
    channel         TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    released_at     TEXT,
    -- A client's retry carries the same key: UNIQUE lets one request in, in any process. The key is unique per
    -- caller (the channel here; the user or API client in a real app), so one caller cannot block or read another's.
    idempotency_key TEXT,
    request_hash    TEXT,
    UNIQUE (channel, idempotency_key)
  );
  CREATE INDEX IF NOT EXISTS reservations_held ON reservations (expires_at) WHERE released_at IS NULL;
  CREATE INDEX IF NOT EXISTS reservations_by_customer ON reservations (customer_key, product_id) WHERE released_at IS NULL;
  INSERT INTO products (id, name, stock, position) VALUES
    ('lamp', 'Desk lamp', 10, 1),
    ('desk', 'Standing desk', 10, 2),
    ('chair', 'Office chair', 3, 3)
  ON CONFLICT (id) DO NOTHING;
`;

export const db = () => openDatabase('inventory', schema);
