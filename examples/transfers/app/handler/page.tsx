import Link from 'next/link';
import { listAccounts } from '@/lib/accounts';
import { AccountsTable } from '../accounts-table';
import { TransferClient } from './transfer-client';

export const dynamic = 'force-dynamic';

export default function HandlerPage() {
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
