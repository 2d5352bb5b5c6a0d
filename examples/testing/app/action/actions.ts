'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { verifySession } from '@/lib/dal';
import { addNote } from '@/lib/notes';
import { formText } from '@/lib/request-body';

// A refusal carries the text back, so the form can show it again (React resets the form after every action).
export type NoteState = { status: 'idle' } | { status: 'error'; message: string; text: string };

export async function addNoteAction(_prev: NoteState, formData: FormData): Promise<NoteState> {
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the note form.', text: '' };
  const text = formText(formData, 'text');
  const session = await verifySession();
  if (!session) return { status: 'error', message: 'Start a session to add a note.', text: text ?? '' };
  const result = addNote(session.userId, { text });
  if (!result.ok) return { status: 'error', message: Object.values(result.fieldErrors).flat().join(' '), text: text ?? '' };
  revalidatePath('/action');
  redirect(`/action?added=${result.note.id}`); // throws: nothing after it runs
}
