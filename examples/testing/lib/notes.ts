// The domain function both sides share. No Next.js import: a test calls it as it is, on a database file of its own.
import { z } from 'zod';
import { db } from './db';

export const noteInput = z.strictObject({
  text: z.string({ error: 'Write the note as text.' }).trim().min(1, 'Write something.').max(280, 'At most 280 characters.'),
});

export interface Note {
  id: number;
  text: string;
}

export type AddResult =
  | { ok: true; note: Note }
  | { ok: false; code: 'validation_failed'; fieldErrors: Record<string, string[] | undefined> };

/** Each author keeps their newest 50 notes. */
export const notesKept = 50;

export function addNote(authorId: string, input: unknown): AddResult {
  const parsed = noteInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'validation_failed', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  return db().transaction(() => {
    const note = db().get<Note>('INSERT INTO notes (author_id, text) VALUES (?, ?) RETURNING id, text', authorId, parsed.data.text)!;
    db().run('DELETE FROM notes WHERE author_id = ? AND id NOT IN (SELECT id FROM notes WHERE author_id = ? ORDER BY id DESC LIMIT ?)', authorId, authorId, notesKept);
    return { ok: true, note };
  });
}

/** The author's notes, newest first. */
export const notesBy = (authorId: string) => db().all<Note>('SELECT id, text FROM notes WHERE author_id = ? ORDER BY id DESC', authorId);
