import 'server-only';
import { cookies } from 'next/headers';
import { readSession, sessionCookie } from './session';

// The Data Access Layer for this site's own pages: who is calling, from the session cookie. The action's middleware
// asks it (lib/safe-action.ts). The API never does: other clients sign in with a token (lib/tokens.ts).
export interface Session {
  userId: string;
}

export async function verifySession(): Promise<Session | null> {
  const userId = readSession((await cookies()).get(sessionCookie)?.value);
  return userId ? { userId } : null;
}
