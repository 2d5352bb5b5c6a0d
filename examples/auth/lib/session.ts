import 'server-only';
import { SignJWT, jwtVerify } from 'jose';
import { cookies } from 'next/headers';
import { configuredSecret } from './configured-secret';

// The session is a signed token (a JWT, HS256) in an HttpOnly cookie: the server can check that it wrote the
// token and that it has not expired, without a session table. It carries the user id and nothing else.
//
// In production the name carries the `__Host-` prefix. A browser stores such a cookie only when it is Secure, has
// Path=/ and names no Domain, so a sibling subdomain (or a page on plain http) cannot plant a session of its choosing
// for this host. `next dev` runs on plain http, where Secure is off, so it keeps the plain name.
const production = process.env.NODE_ENV === 'production';
export const sessionCookie = production ? '__Host-session' : 'session';
const lifetimeSeconds = 2 * 60 * 60;

// For the sandbox and `next dev` only. Anyone who knows this value can sign a session for any user.
const demoSecret = 'DEMO ONLY: not a secret, set SESSION_SECRET for a real deployment';

/**
 * The signing key, from configuration only (never from the request). A production server without its own secret
 * refuses to sign or accept any session, rather than quietly using the public demo value.
 */
function sessionKey(): Uint8Array {
  const secret = configuredSecret('SESSION_SECRET', demoSecret);
  if (secret.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters long.');
  return new TextEncoder().encode(secret);
}

/** The user id in a session token, or null when the token is missing, forged, expired or not HS256. */
export async function readSessionToken(token: string | undefined): Promise<string | null> {
  const key = sessionKey();
  if (!token) return null;
  try {
    // Only HS256 is accepted, so a token signed another way is refused (jose never accepts an unsigned `none` token).
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch {
    return null;
  }
}

const cookieOptions = {
  httpOnly: true, // page scripts cannot read it, so an injected script cannot steal it
  sameSite: 'lax', // not sent on cross-site POSTs, fetches or frames; sent when the reader follows a link here
  secure: production, // HTTPS only once deployed; `next dev` runs on plain http
  path: '/',
} as const;

/** Signs a session for `userId` and sets the cookie. Only a Server Action or a Route Handler can set cookies. */
export async function createSession(userId: string): Promise<void> {
  const expires = new Date(Date.now() + lifetimeSeconds * 1000);
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(sessionKey());
  (await cookies()).set(sessionCookie, token, { ...cookieOptions, expires });
}

/**
 * Deletes the session cookie (signing out). Only a Server Action or a Route Handler can delete cookies. The deletion
 * repeats the cookie's options: a browser ignores a `__Host-` cookie, even an expired one, that is not Secure.
 */
export async function deleteSession(): Promise<void> {
  (await cookies()).delete({ name: sessionCookie, ...cookieOptions });
}
