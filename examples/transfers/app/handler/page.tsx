import Link from 'next/link';
import { listAccounts } from '@/lib/accounts';
import { AccountsTable } from '../accounts-table';
import { TransferClient } from './transfer-client';
import { connection } from 'next/server';

export default async function HandlerPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  const accounts = listAccounts();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Transfer with a Route Handler</h1>
      <AccountsTable accounts={accounts} />
      <TransferClient accounts={accounts} />
    </>
  );
}
