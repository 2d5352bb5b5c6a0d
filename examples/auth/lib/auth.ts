import 'server-only';
import { z } from 'zod';
import { createSession, deleteSession } from './session';
import { checkCredentials } from './users';

// Signing in and out, shared by the Server Action and the Route Handler. Both can set and delete cookies;
// a Server Component rendering a page cannot.

const credentials = z.strictObject({
  username: z.string().min(1).max(64),
  // bcrypt compares only the first 72 bytes of a password, so refuse longer ones instead of letting a prefix match.
  password: z.string().min(1).max(72).refine((password) => new TextEncoder().encode(password).length <= 72),
});

export type SignInResult =
  | { ok: true; user: { id: string; name: string } }
  | { ok: false; code: 'validation_failed' | 'invalid_credentials'; message: string };

export async function signIn(input: unknown): Promise<SignInResult> {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'validation_failed', message: 'Enter a username and a password.' };
  const user = await checkCredentials(parsed.data.username, parsed.data.password);
  // One answer for an unknown user and a wrong password: the message must not tell which usernames exist.
  if (!user) return { ok: false, code: 'invalid_credentials', message: 'Wrong username or password.' };
  await createSession(user.id);
  return { ok: true, user: { id: user.id, name: user.name } };
}

export const signOut = deleteSession;
