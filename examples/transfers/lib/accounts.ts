// Business rules for a transfer, shared by both sides: validate, then debit, credit and record it in one database
// transaction, so every change happens or none does, once per idempotency key, in any number of processes.
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { db } from './db';

export interface Account {
  id: string;
  owner: string;
  balance: number; // cents
}

export const transferInput = z
  .object({
    from: z.string().min(1, 'Choose the account to pay from.'),
    to: z.string().min(1, 'Choose the account to pay into.'),
    amount: z.number({ error: 'Amount must be a number.' }).int('Amount must be whole cents.').positive('Amount must be more than zero.').max(1_000_000, 'At most 10,000.00 per transfer.'),
    reference: z.string().trim().max(140, 'Keep the reference under 140 characters.').default(''),
  })
  .strict()
  .refine((t) => t.from !== t.to, { message: 'Pick two different accounts.', path: ['to'] });

/** A key that makes a retry safe: the form's token or the client's Idempotency-Key header. */
export const idempotencyKey = z
  .string()
  // The IETF draft sends the header as a quoted string ("8e03…"); many clients send it bare. Both name one key.
  .transform((value) => value.replace(/^"(.*)"$/, '$1'))
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Send an Idempotency-Key of 8 to 64 letters, digits, - or _.'));

export type TransferError =
  | { code: 'validation_failed'; message: string; fieldErrors: Record<string, string[] | undefined> }
  | { code: 'account_not_found'; message: string }
  | { code: 'insufficient_funds'; message: string }
  | { code: 'idempotency_key_reused'; message: string };
export type TransferResult = { ok: true; id: string; replayed: boolean } | ({ ok: false } & TransferError);

export function listAccounts(): Account[] {
  return db().all<Account>('SELECT id, owner, balance FROM accounts ORDER BY owner');
}

export const formatCents = (cents: number) => (cents / 100).toFixed(2);

/** Thrown inside the transaction to roll back every change made so far. */
class Refused extends Error {
  constructor(readonly result: TransferResult) {
    super(result.ok ? 'replayed' : result.code);
  }
}

/**
 * Moves money once per key. A retry with the same key and the same transfer returns the first result and moves
 * nothing; the same key with another transfer is refused. Only a transfer that happened keeps its key, so a retry
 * of a refused one (say, for lack of funds) is decided again.
 */
export function transfer(input: unknown, key: string): TransferResult {
  const parsed = transferInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: 'validation_failed', message: 'Some fields are invalid.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { from, to, amount, reference } = parsed.data;
  const requestHash = createHash('sha256').update(JSON.stringify([from, to, amount, reference])).digest('hex');
  try {
    return db().transaction((): TransferResult => {
      // The ledger row first: it claims the key. A second request with the same key (from this process or another)
      // inserts nothing and gets the first answer. On Postgres it waits here until the first commits.
      const recorded = db().get<{ id: string }>(
        `INSERT INTO transfers (id, from_account, to_account, amount, reference, created_at, idempotency_key, request_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING id`,
        `trf_${randomUUID()}`, from, to, amount, reference, new Date().toISOString(), key, requestHash,
      );
      if (!recorded) throw new Refused(earlier(key, requestHash)!);
      // Both accounts are updated in the order of their ids, so two opposite transfers at once lock them in the same
      // order and cannot deadlock (on Postgres, which locks each row as it updates it).
      for (const account of [from, to].sort()) {
        if (account === from) {
          // The debit happens only while the balance covers it: the check and the write are one statement.
          const debited = db().run('UPDATE accounts SET balance = balance - ? WHERE id = ? AND balance >= ?', amount, from, amount);
          if (debited.changes === 0) throw new Refused(whyNot(from, amount));
        } else {
          const credited = db().run('UPDATE accounts SET balance = balance + ? WHERE id = ?', amount, to);
          if (credited.changes === 0) throw new Refused({ ok: false, code: 'account_not_found', message: `No account with id ${to}.` });
        }
      }
      return { ok: true, id: recorded.id, replayed: false };
    });
  } catch (error) {
    // Throwing rolled back every change made inside the transaction: nothing of a refused transfer is left.
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** The answer already given for this key, if it was used. */
function earlier(key: string, requestHash: string): TransferResult | undefined {
  const row = db().get<{ id: string; request_hash: string }>('SELECT id, request_hash FROM transfers WHERE idempotency_key = ?', key);
  if (!row) return undefined;
  if (row.request_hash !== requestHash) {
    return { ok: false, code: 'idempotency_key_reused', message: 'This key was already used for a different transfer.' };
  }
  return { ok: true, id: row.id, replayed: true };
}

function whyNot(from: string, amount: number): TransferResult {
  const source = db().get<Account>('SELECT id, owner, balance FROM accounts WHERE id = ?', from);
  if (!source) return { ok: false, code: 'account_not_found', message: `No account with id ${from}.` };
  return { ok: false, code: 'insufficient_funds', message: `${source.owner} has ${formatCents(source.balance)}, less than ${formatCents(amount)}.` };
}
