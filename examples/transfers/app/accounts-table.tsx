import { formatCents, type Account } from '@/lib/accounts';

export function AccountsTable({ accounts }: { accounts: Account[] }) {
  return (
    <table aria-label="Balances">
      <thead><tr><th>Account</th><th>Balance</th></tr></thead>
      <tbody>
        {accounts.map((a) => <tr key={a.id}><td>{a.owner}</td><td>{formatCents(a.balance)}</td></tr>)}
      </tbody>
    </table>
  );
}
