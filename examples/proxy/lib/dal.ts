import 'server-only';
import { cookies } from 'next/headers';
import { readSession, sessionCookie } from './session';

// The Data Access Layer: the one place that says who is calling, from the session's row in the database. The action
// and the handler both start with verifySession(), whatever the proxy in front decided: a proxy only saw that a
// cookie was there (it may belong to an ended session), and an action can be posted to a path it never covers.
export interface Session {
  userId: string;
}

export async function verifySession(): Promise<Session | null> {
  const userId = readSession((await cookies()).get(sessionCookie)?.value);
  return userId ? { userId } : null;
}
