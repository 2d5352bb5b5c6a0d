import 'server-only';
import { z } from 'zod';

// The notes store: in memory, so it starts empty with every server start, and on globalThis so the pages, the
// actions and the route handlers share one store. Ids are numbered one after another, so they are easy to guess:
// only the owner check in lib/dal.ts keeps one user out of another's notes.
export interface Note {
  id: string;
  ownerId: string;
  text: string;
  createdAt: string;
}

const store = ((globalThis as { __notes?: { notes: Note[]; lastId: number } }).__notes ??= { notes: [], lastId: 0 });

export const noteInput = z.strictObject({
  text: z.string().trim().min(1, 'Write something first.').max(500, 'A note has at most 500 characters.'),
});

// Each user keeps at most this many notes, so no account can grow the server's memory without bound.
export const maxNotesPerUser = 100;

export const notesOf = (ownerId: string) => store.notes.filter((n) => n.ownerId === ownerId);

export const findNote = (id: string) => store.notes.find((n) => n.id === id) ?? null;

export function insertNote(ownerId: string, text: string): Note {
  const note = { id: `note_${++store.lastId}`, ownerId, text, createdAt: new Date().toISOString() };
  store.notes.push(note);
  return note;
}
