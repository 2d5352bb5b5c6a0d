// API tokens: what a client that is not this site's pages (a mobile app, another service, a script) signs in with.
// It sends `Authorization: Bearer <token>`, and the API reads nothing else: not the session cookie, which a browser
// attaches on its own, also to a form post from another page of the same site. Like sessions, the table keeps only
// each token's SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import { db } from './db';

export const tokenSeconds = 2 * 60 * 60;
/** Each user keeps their newest three tokens: issuing a fourth ends the oldest. */
export const tokensKept = 3;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new token for `userId`, shown once: the server cannot show it again. */
export function issueToken(userId: string, now = Date.now()): { token: string; expires: Date } {
  const token = `tk_${randomBytes(32).toString('base64url')}`;
  const expires = new Date(now + tokenSeconds * 1000);
  db().transaction(() => {
    db().run('DELETE FROM api_tokens WHERE expires_at <= ?', new Date(now).toISOString());
    db().run('INSERT INTO api_tokens (token_hash, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)', hash(token), userId, new Date(now).toISOString(), expires.toISOString());
    db().run(
      'DELETE FROM api_tokens WHERE user_id = ? AND token_hash NOT IN (SELECT token_hash FROM api_tokens WHERE user_id = ? ORDER BY issued_at DESC, rowid DESC LIMIT ?)',
      userId,
      userId,
      tokensKept,
    );
  });
  return { token, expires };
}

/** The user id behind an `Authorization` header of the form `Bearer <token>`, or null. */
export function userOfBearer(authorization: string | null, now = Date.now()): string | null {
  const token = /^bearer +(tk_[A-Za-z0-9_-]{43})$/i.exec(authorization ?? '')?.[1]; // the scheme's case does not matter
  if (!token) return null;
  const row = db().get<{ user_id: string }>('SELECT user_id FROM api_tokens WHERE token_hash = ? AND expires_at > ?', hash(token), new Date(now).toISOString());
  return row?.user_id ?? null;
}

/** Ends every token of `userId`: signing out of the site signs their apps out too. */
export function revokeTokens(userId: string) {
  db().run('DELETE FROM api_tokens WHERE user_id = ?', userId);
}
