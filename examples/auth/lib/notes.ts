import 'server-only';
import { z } from 'zod';
import { db } from './db';

// The notes table. Ids are numbered one after another, so they are easy to guess: only the owner check in
// lib/dal.ts keeps one user out of another's notes.
export interface Note {
  id: string;
  ownerId: string;
  text: string;
  createdAt: string;
}

export const noteInput = z.strictObject({
  text: z.string().trim().min(1, 'Write something first.').max(500, 'A note has at most 500 characters.'),
});

// Each user keeps at most this many notes, so no account can fill the database.
export const maxNotesPerUser = 100;

const columns = "'note_' || seq AS id, owner_id AS ownerId, text, created_at AS createdAt";

/** The owner's notes, newest first. */
export const notesOf = (ownerId: string) => db().all<Note>(`SELECT ${columns} FROM notes WHERE owner_id = ? ORDER BY seq DESC`, ownerId);

export function findNote(id: string): Note | null {
  const seq = /^note_([1-9][0-9]{0,15})$/.exec(id)?.[1];
  return (seq && db().get<Note>(`SELECT ${columns} FROM notes WHERE seq = ?`, Number(seq))) || null;
}

/**
 * Adds a note, or returns null when the owner already has `maxNotesPerUser`: the count and the insert are one
 * statement. (On Postgres, two inserts at once could both pass the count; lock the user's row first if the cap must
 * be exact.)
 */
export function insertNote(ownerId: string, text: string): Note | null {
  return (
    db().get<Note>(
      `INSERT INTO notes (owner_id, text, created_at)
       SELECT ?, ?, ? WHERE (SELECT count(*) FROM notes WHERE owner_id = ?) < ?
       RETURNING ${columns}`,
      ownerId,
      text,
      new Date().toISOString(),
      ownerId,
      maxNotesPerUser,
    ) ?? null
  );
}
