// The webhook's database: its schema. lib/sqlite.ts opens the file; lib/payments.ts holds the SQL that records each
// event once, which is the SQL you would run on Postgres.
import { openDatabase } from './sqlite';

const schema = `
  CREATE TABLE IF NOT EXISTS payments (
    -- The provider's event id is the key: a second delivery of the event cannot insert it again.
    event_id    TEXT PRIMARY KEY,
    payment_id  TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    currency    TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('succeeded', 'failed')),
    received_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS payments_received ON payments (received_at);
`;

export const db = () => openDatabase('webhooks', schema);
