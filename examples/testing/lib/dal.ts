import 'server-only';
import { cookies } from 'next/headers';
import { readSession, sessionCookie } from './session';

// The Data Access Layer: the one place that says who is calling. The action and the handler both start with
// verifySession(). It is also the seam the unit tests use: they replace this module with vi.mock and hand each test
// its caller, with no cookie and no request. (The harness test keeps it, and sends a real cookie.)
export interface Session {
  userId: string;
}

export async function verifySession(): Promise<Session | null> {
  const userId = readSession((await cookies()).get(sessionCookie)?.value);
  return userId ? { userId } : null;
}
