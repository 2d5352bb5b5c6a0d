import Link from 'next/link';
import { randomUUID } from 'node:crypto';
import { listAccounts } from '@/lib/accounts';
import { AccountsTable } from '../accounts-table';
import { TransferForm } from './transfer-form';
import { connection } from 'next/server';

export default async function ActionPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  const accounts = listAccounts();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Transfer with a Server Action</h1>
      <AccountsTable accounts={accounts} />
      <TransferForm accounts={accounts} token={randomUUID()} />
    </>
  );
}
