import Link from 'next/link';
import { listAccounts } from '@/lib/accounts';
import { AccountsTable } from '../accounts-table';
import { TransferForm } from './transfer-form';

export const dynamic = 'force-dynamic';

export default function ActionPage() {
  const accounts = listAccounts();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Transfer with a Server Action</h1>
      <AccountsTable accounts={accounts} />
      <TransferForm accounts={accounts} />
    </>
  );
}
