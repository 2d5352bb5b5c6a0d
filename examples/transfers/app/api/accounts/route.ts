import { NextResponse } from 'next/server';
import { listAccounts } from '@/lib/accounts';

export async function GET() {
  return NextResponse.json({ accounts: listAccounts() });
}
