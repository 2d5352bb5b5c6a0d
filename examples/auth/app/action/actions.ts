'use server';

import { revalidatePath } from 'next/cache';
import { signIn, signOut } from '@/lib/auth';
import { addMyNote } from '@/lib/dal';
import { formText } from '@/lib/request-body';

// Every export here is a public endpoint: anyone can POST to it with any arguments and any cookie, or none.
// So each one checks its input, and each one that touches notes asks the DAL, which checks the session.

export type FormState = { status: 'idle' } | { status: 'error'; message: string; username?: string } | { status: 'done'; message: string };

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the sign-in form.' };
  const username = formText(formData, 'username');
  const result = await signIn({ username, password: formText(formData, 'password') });
  if (!result.ok) return { status: 'error', message: result.message, username: username ?? '' };
  // After an action sets a cookie, Next.js renders the current page again: it now shows the notes.
  return { status: 'done', message: `Signed in as ${result.user.name}.` };
}

export async function signOutAction(): Promise<void> {
  await signOut();
}

export async function addNoteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the note form.' };
  // The page only shows this form to a signed-in reader, but a forged call needs no page: the DAL checks again.
  const result = await addMyNote({ text: formText(formData, 'text') });
  if (!result.ok) return { status: 'error', message: result.code === 'unauthenticated' ? 'Sign in first.' : result.message };
  revalidatePath('/action');
  return { status: 'done', message: 'Note added.' };
}
