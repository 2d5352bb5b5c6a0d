// Business rules for a transfer, shared by both sides: validate, check, then apply every change or none.
import { z } from 'zod';

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

export type TransferError =
  | { code: 'validation_failed'; message: string; fieldErrors: Record<string, string[] | undefined> }
  | { code: 'account_not_found'; message: string }
  | { code: 'insufficient_funds'; message: string };
export type TransferResult = { ok: true; id: string } | ({ ok: false } & TransferError);

const state = ((globalThis as { __bank?: { accounts: Map<string, Account>; ledger: object[] } }).__bank ??= {
  accounts: new Map(
    [
      { id: 'acc_alice', owner: 'Alice', balance: 50_000 },
      { id: 'acc_bob', owner: 'Bob', balance: 12_000 },
      { id: 'acc_carol', owner: 'Carol', balance: 0 },
    ].map((a) => [a.id, a]),
  ),
  ledger: [],
});

export function listAccounts(): Account[] {
  return [...state.accounts.values()].map((a) => ({ ...a }));
}

export const formatCents = (cents: number) => (cents / 100).toFixed(2);

export function transfer(input: unknown): TransferResult {
  const parsed = transferInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: 'validation_failed', message: 'Some fields are invalid.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { from, to, amount, reference } = parsed.data;
  const source = state.accounts.get(from);
  const target = state.accounts.get(to);
  if (!source || !target) return { ok: false, code: 'account_not_found', message: `No account with id ${!source ? from : to}.` };
  if (source.balance < amount) {
    return { ok: false, code: 'insufficient_funds', message: `${source.owner} has ${formatCents(source.balance)}, less than ${formatCents(amount)}.` };
  }
  // Every check is done; now apply all three changes together, with no await in between, so no other
  // request can observe or interleave with a half-applied transfer.
  const id = `trf_${state.ledger.length + 1}`;
  source.balance -= amount;
  target.balance += amount;
  state.ledger.push({ id, from, to, amount, reference, at: new Date().toISOString() });
  return { ok: true, id };
}
