// The bank's database: its schema and seed. lib/sqlite.ts opens the file; lib/accounts.ts holds the SQL of a
// transfer, which is the SQL you would run on Postgres.
import { openDatabase } from './sqlite';

const schema = `
  CREATE TABLE IF NOT EXISTS accounts (
    id      TEXT PRIMARY KEY,
    owner   TEXT NOT NULL,
    balance INTEGER NOT NULL CHECK (balance >= 0) -- cents
  );
  CREATE TABLE IF NOT EXISTS transfers (
    id              TEXT PRIMARY KEY,
    -- Checked at COMMIT, so the row can claim its idempotency key first; a missing account is refused by the code
    -- and rolled back before then.
    from_account    TEXT NOT NULL REFERENCES accounts (id) DEFERRABLE INITIALLY DEFERRED,
    to_account      TEXT NOT NULL REFERENCES accounts (id) DEFERRABLE INITIALLY DEFERRED,
    amount          INTEGER NOT NULL CHECK (amount > 0),
    reference       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    -- The form's token or the client's Idempotency-Key: one transfer per key, in any process. This example has no
    -- users; with them, make it UNIQUE (user_id, idempotency_key), so one user can neither block nor read another's.
    idempotency_key TEXT NOT NULL UNIQUE,
    request_hash    TEXT NOT NULL
  );
  INSERT INTO accounts (id, owner, balance) VALUES
    ('acc_alice', 'Alice', 50000),
    ('acc_bob', 'Bob', 12000),
    ('acc_carol', 'Carol', 0)
  ON CONFLICT (id) DO NOTHING;
`;

export const db = () => openDatabase('transfers', schema);
