import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { findNote, insertNote, maxNotesPerUser, noteInput, notesOf } from './notes';
import { readSessionToken, sessionCookie } from './session';
import { findUserById } from './users';

// The Data Access Layer: the one module that reads sessions and notes. Pages, Server Actions and Route Handlers
// call these functions and never read the cookie or the database themselves, so no entry point can forget the check.
// `server-only` makes a build fail if a Client Component imports this file.

export interface Session {
  userId: string;
  name: string;
}

/**
 * Who is calling: the user of a valid session cookie, or null. React's `cache` shares the answer across one server
 * render, however many components ask. Outside a render (in an action, say) the check simply runs again: just as safe.
 */
export const verifySession = cache(async (): Promise<Session | null> => {
  const userId = await readSessionToken((await cookies()).get(sessionCookie)?.value);
  // A valid token for a user who no longer exists is no session.
  const user = userId ? findUserById(userId) : null;
  return user ? { userId: user.id, name: user.name } : null;
});

// What callers get: only the fields they show, never the owner id of someone else's row.
export interface NoteDto {
  id: string;
  text: string;
  createdAt: string;
}
const toDto = ({ id, text, createdAt }: NoteDto): NoteDto => ({ id, text, createdAt });

type Denied = { ok: false; code: 'unauthenticated' };
const denied: Denied = { ok: false, code: 'unauthenticated' };

/** The caller's notes, newest first. */
export async function listMyNotes(): Promise<{ ok: true; notes: NoteDto[] } | Denied> {
  const session = await verifySession();
  if (!session) return denied;
  return { ok: true, notes: notesOf(session.userId).map(toDto) };
}

/** One of the caller's notes. Another user's note is "not found", exactly like a missing one. */
export async function getMyNote(id: string): Promise<{ ok: true; note: NoteDto } | Denied | { ok: false; code: 'not_found' }> {
  const session = await verifySession();
  if (!session) return denied;
  const note = findNote(id);
  if (!note || note.ownerId !== session.userId) return { ok: false, code: 'not_found' };
  return { ok: true, note: toDto(note) };
}

/** Adds a note for the caller. `input` is untrusted: whatever the action or the handler received. */
export async function addMyNote(
  input: unknown,
): Promise<{ ok: true; note: NoteDto } | Denied | { ok: false; code: 'validation_failed'; message: string }> {
  const session = await verifySession();
  if (!session) return denied;
  const parsed = noteInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'validation_failed', message: parsed.error.issues[0]?.message ?? 'Invalid note.' };
  const note = insertNote(session.userId, parsed.data.text);
  if (!note) return { ok: false, code: 'validation_failed', message: `You can keep at most ${maxNotesPerUser} notes.` };
  return { ok: true, note: toDto(note) };
}
