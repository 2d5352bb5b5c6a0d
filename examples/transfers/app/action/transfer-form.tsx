'use client';

import { useActionState } from 'react';
import type { Account } from '@/lib/accounts';
import { transferAction, type TransferState } from './actions';

export function TransferForm({ accounts, token }: { accounts: Account[]; token: string }) {
  const [state, action, pending] = useActionState<TransferState, FormData>(transferAction, { status: 'idle' });
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? state.values : { from: 'acc_alice', to: 'acc_bob', amount: '', reference: '' };
  const options = accounts.map((a) => <option key={a.id} value={a.id}>{a.owner}</option>);
  return (
    // The key re-mounts the fields with the returned values after each submission. After a transfer, the page is
    // rendered again with a new token, so the next transfer is a new one.
    <form action={action} key={token + JSON.stringify(state)}>
      <input type="hidden" name="token" defaultValue={token} />
      <label htmlFor="from">From</label>
      <select id="from" name="from" defaultValue={values.from}>{options}</select>
      <label htmlFor="to">To</label>
      <select id="to" name="to" defaultValue={values.to}>{options}</select>
      <p className="error">{errors.to?.join(' ')}</p>
      <label htmlFor="amount">Amount</label>
      <input id="amount" name="amount" inputMode="decimal" placeholder="25.00" defaultValue={values.amount} />
      <p className="error">{errors.amount?.join(' ')}</p>
      <label htmlFor="reference">Reference</label>
      <input id="reference" name="reference" defaultValue={values.reference} />
      <button type="submit" disabled={pending}>Transfer</button>
      <p role="status" className={state.status === 'error' ? 'error' : 'success'}>{state.status === 'idle' ? '' : state.message}</p>
    </form>
  );
}
