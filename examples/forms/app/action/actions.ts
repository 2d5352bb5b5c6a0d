'use server';

import { revalidatePath } from 'next/cache';
import { createPost, type FieldErrors } from '@/lib/posts';
import { formText } from '@/lib/request-body';

export type FormState =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: FieldErrors; message?: string; values: { title: string; body: string } }
  | { status: 'success'; message: string };

// Called with the previous state and the form data by useActionState. Expected errors are returned, not thrown.
export async function createPostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // Anyone can call this endpoint with any arguments: check it got a form, and pass only text fields on (a File
  // part would otherwise become the string "[object File]").
  const form = formData instanceof FormData ? formData : new FormData();
  const title = formText(form, 'title');
  const body = formText(form, 'body');
  const values = { title: title ?? '', body: body ?? '' };
  const result = createPost({ title, body });
  if (!result.ok && result.code === 'busy') return { status: 'error', fieldErrors: {}, message: `Too many new posts right now. Try again in ${result.retryAfterSeconds} s.`, values };
  if (!result.ok) return { status: 'error', fieldErrors: result.fieldErrors, values };
  // Re-renders /action in this same response, so the list shows the new post without another request.
  revalidatePath('/action');
  return { status: 'success', message: `Created “${result.post.title}”.` };
}
