'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Account } from '@/lib/accounts';

// The client maps status codes to what the reader sees; the handler never needs to know about this UI.
const messages: Record<number, string> = { 404: 'That account does not exist.', 409: 'Not enough money in the account.', 422: 'Check the fields.' };

export function TransferClient({ accounts }: { accounts: Account[] }) {
  const router = useRouter();
  const [message, setMessage] = useState('');
  // One key per transfer, kept until it succeeds: pressing Transfer again after a network error retries the same
  // transfer instead of making a second one. Changing the form starts a new transfer.
  const [key, setKey] = useState<string | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const amount = Math.round(Number(data.get('amount')) * 100);
    const idempotencyKey = key ?? crypto.randomUUID();
    setKey(idempotencyKey);
    const response = await fetch('/api/transfers', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify({ from: data.get('from'), to: data.get('to'), amount, reference: data.get('reference') }),
    }).catch(() => null);
    if (!response) return setMessage('Network error: the transfer may not have arrived. Press Transfer again to retry it safely.');
    const body = await response.json().catch(() => ({ error: { message: 'The server sent no answer it could read; retry.' } }));
    setMessage(response.ok ? `Transfer ${body.transfer.id} done.` : `${messages[response.status] ?? 'Failed.'} ${body.error.message}`);
    if (response.ok) {
      setKey(null);
      router.refresh();
    }
  }

  const options = accounts.map((a) => <option key={a.id} value={a.id}>{a.owner}</option>);
  return (
    <form onSubmit={onSubmit} onChange={() => setKey(null)}>
      <label htmlFor="from">From</label>
      <select id="from" name="from" defaultValue="acc_alice">{options}</select>
      <label htmlFor="to">To</label>
      <select id="to" name="to" defaultValue="acc_bob">{options}</select>
      <label htmlFor="amount">Amount</label>
      <input id="amount" name="amount" inputMode="decimal" placeholder="25.00" />
      <label htmlFor="reference">Reference</label>
      <input id="reference" name="reference" />
      <button type="submit">Transfer</button>
      <p role="status">{message}</p>
    </form>
  );
}
