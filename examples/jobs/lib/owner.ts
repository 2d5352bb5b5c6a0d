// Who a job belongs to: a random id in an HttpOnly cookie, the same for both sides. Someone else's job id, even if it
// leaks (a shared link, a log), reads as "no such job" without this browser's cookie.
import { randomBytes } from 'node:crypto';

export const ownerCookie = 'jobs_owner';

// Secure once deployed: the cookie is the key to every job of its owner. (`next dev` runs on plain http.)
export const ownerCookieOptions = { httpOnly: true, sameSite: 'lax', secure: process.env.NODE_ENV === 'production', path: '/', maxAge: 60 * 60 * 24 } as const;

/** The owner id in a cookie value, if it has the shape this app makes. */
export const validOwner = (value: string | undefined) => (value && /^[A-Za-z0-9_-]{32}$/.test(value) ? value : undefined);

export const newOwner = () => randomBytes(24).toString('base64url');
