'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { verifySession } from '@/lib/dal';
import { addNote } from '@/lib/notes';
import { formText } from '@/lib/request-body';

export type NoteState = { status: 'idle' } | { status: 'error'; message: string };

export async function addNoteAction(_prev: NoteState, formData: FormData): Promise<NoteState> {
  const session = await verifySession();
  if (!session) return { status: 'error', message: 'Start a session to add a note.' };
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the note form.' };
  const result = addNote(session.userId, { text: formText(formData, 'text') });
  if (!result.ok) return { status: 'error', message: Object.values(result.fieldErrors).flat().join(' ') };
  revalidatePath('/action');
  redirect(`/action?added=${result.note.id}`); // throws: nothing after it runs
}
