'use server';

import { verifySession } from '@/lib/dal';
import { issueToken } from '@/lib/tokens';

// Plumbing for the example: how "the app" gets its token. A real mobile app would get one from a sign-in flow
// (OAuth, a device code); here the signed-in page issues one and hands it over once.
export type IssueState = { status: 'idle' } | { status: 'issued'; token: string } | { status: 'error'; message: string };

export async function issueTokenAction(_prev: IssueState): Promise<IssueState> {
  const session = await verifySession();
  if (!session) return { status: 'error', message: 'Start a session first.' };
  return { status: 'issued', token: issueToken(session.userId).token };
}
