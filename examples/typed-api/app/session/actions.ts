'use server';

import { cookies } from 'next/headers';
import { endSession, readSession, sessionCookie, sessionSeconds, startSession } from '@/lib/session';
import { revokeTokens } from '@/lib/tokens';

// Plumbing for the example: a guest session, so that adding a task has a caller to check. Both pages use it.
export type SessionState = { status: 'idle' } | { status: 'error'; message: string };

export async function startSessionAction(_prev: SessionState): Promise<SessionState> {
  const started = startSession();
  if (!started.ok) return { status: 'error', message: `Too many new sessions this minute. Try again in ${started.retryAfterSeconds} s.` };
  (await cookies()).set(sessionCookie, started.token, {
    httpOnly: true, // page scripts cannot read it
    sameSite: 'lax', // not sent on another site's POSTs or fetches
    secure: process.env.NODE_ENV === 'production', // HTTPS once deployed; `next dev` runs on plain http
    path: '/',
    maxAge: sessionSeconds,
  });
  return { status: 'idle' };
}

export async function endSessionAction() {
  const jar = await cookies();
  const token = jar.get(sessionCookie)?.value;
  const userId = readSession(token);
  if (userId) revokeTokens(userId); // the guest's apps are signed out with them
  endSession(token);
  jar.delete(sessionCookie);
}
