// Guest sessions: starting one makes a guest user and a session for it. The cookie holds a random token; the
// database holds its SHA-256 and an expiry, so the server can end a session by deleting its row, and a stolen copy
// of the table opens nothing. No Next.js import: tests and the check page call these directly. (The same file in
// every example with guest sessions; lib/db.ts says which rows belong to a guest.)
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { db, guestRows } from './db';
import { sessionCookie } from './session-cookie';
import { budgetFrom, takeWrite } from './write-budget';

export { sessionCookie };
export const sessionSeconds = 2 * 60 * 60;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A new guest session, or the seconds to wait when this minute's budget of new sessions is spent (anyone may start
 * one, so the count of sessions is bounded by time: SESSIONS_PER_MINUTE × the session's lifetime).
 */
export function startSession(now = Date.now()): { ok: true; token: string; userId: string; expires: Date } | { ok: false; retryAfterSeconds: number } {
  return db().transaction(() => {
    const budget = takeWrite(db(), 'session', budgetFrom('SESSIONS_PER_MINUTE', 30), now);
    if (!budget.ok) return budget;
    const nowIso = new Date(now).toISOString();
    // Ended sessions go, and with them what belonged to guests who can no longer sign in.
    db().run('DELETE FROM sessions WHERE expires_at <= ?', nowIso);
    for (const { table, owner } of guestRows) db().run(`DELETE FROM ${table} WHERE ${owner} NOT IN (SELECT user_id FROM sessions)`);
    const token = randomBytes(32).toString('base64url');
    const userId = `guest_${randomUUID()}`;
    const expires = new Date(now + sessionSeconds * 1000);
    db().run('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)', hash(token), userId, expires.toISOString());
    return { ok: true, token, userId, expires };
  });
}

/** The user id of a live session, or null for a missing, unknown or expired token. */
export function readSession(token: string | undefined, now = Date.now()): string | null {
  if (!token || token.length > 100) return null;
  const row = db().get<{ user_id: string }>('SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?', hash(token), new Date(now).toISOString());
  return row?.user_id ?? null;
}

/** Ends the session: its row goes, so the token opens nothing from now on. */
export function endSession(token: string | undefined) {
  if (token) db().run('DELETE FROM sessions WHERE token_hash = ?', hash(token));
}
