import 'server-only';
import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { cookies } from 'next/headers';
import { configuredSecret } from './configured-secret';
import { db } from './db';

// The session is a row in the sessions table, and the cookie holds a signed token (a JWT, HS256) naming that row:
// its id (jti), the user (sub) and an expiry (exp). The signature lets the server refuse a forged token without a
// query; the row lets signing out end the session at once, everywhere. A token alone (a "stateless" session) would
// stay valid until it expires, whatever the user does: there would be nothing to delete.
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

/**
 * The user id of a live session, or null when the token is missing, forged, not HS256, has no expiry, has expired,
 * or its session was ended (signed out).
 */
export async function readSessionToken(token: string | undefined): Promise<string | null> {
  const key = sessionKey();
  if (!token) return null;
  let claims: { sub?: string; jti?: string };
  try {
    // Only HS256 is accepted, so a token signed another way is refused (jose never accepts an unsigned `none` token).
    // A token without exp would never expire: it is refused too.
    ({ payload: claims } = await jwtVerify(token, key, { algorithms: ['HS256'], requiredClaims: ['exp', 'jti', 'sub'] }));
  } catch {
    return null;
  }
  const session = db().get<{ user_id: string }>('SELECT user_id FROM sessions WHERE id = ? AND expires_at > ?', claims.jti!, new Date().toISOString());
  return session && session.user_id === claims.sub ? session.user_id : null;
}

const cookieOptions = {
  httpOnly: true, // page scripts cannot read it, so an injected script cannot steal it
  sameSite: 'lax', // not sent on cross-site POSTs, fetches or frames; sent when the reader follows a link here
  secure: production, // HTTPS only once deployed; `next dev` runs on plain http
  path: '/',
} as const;

/** Starts a session for `userId`: a row, and a signed token naming it in the cookie. Only a Server Action or a Route Handler can set cookies. */
export async function createSession(userId: string): Promise<void> {
  const now = new Date();
  const expires = new Date(now.getTime() + lifetimeSeconds * 1000);
  const id = randomUUID();
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setJti(id)
    .setSubject(userId)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(sessionKey());
  // Expired rows go first, so the table holds live sessions only.
  db().run('DELETE FROM sessions WHERE expires_at <= ?', now.toISOString());
  db().run('INSERT INTO sessions (id, user_id, expires_at) VALUES (?, ?, ?)', id, userId, expires.toISOString());
  (await cookies()).set(sessionCookie, token, { ...cookieOptions, expires });
}

/**
 * Signs out: deletes the session's row, so its token is refused from now on, even if someone copied it, and deletes
 * the cookie. Only a Server Action or a Route Handler can delete cookies. The deletion repeats the cookie's options:
 * a browser ignores a `__Host-` cookie, even an expired one, that is not Secure.
 */
export async function deleteSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(sessionCookie)?.value;
  if (token) {
    try {
      const { payload } = await jwtVerify(token, sessionKey(), { algorithms: ['HS256'] });
      if (typeof payload.jti === 'string') db().run('DELETE FROM sessions WHERE id = ?', payload.jti);
    } catch {
      // Not a token this server signed: there is no row to delete.
    }
  }
  jar.delete({ name: sessionCookie, ...cookieOptions });
}
