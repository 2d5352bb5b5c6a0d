'use server';

import { revalidatePath } from 'next/cache';
import { createPost, type FieldErrors } from '@/lib/posts';

export type FormState =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: FieldErrors; values: { title: string; body: string } }
  | { status: 'success'; message: string };

// Called with the previous state and the form data by useActionState. Expected errors are returned, not thrown.
export async function createPostAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = { title: String(formData.get('title') ?? ''), body: String(formData.get('body') ?? '') };
  const result = createPost(values);
  if (!result.ok) return { status: 'error', fieldErrors: result.fieldErrors, values };
  // Re-renders /action in this same response, so the list shows the new post without another request.
  revalidatePath('/action');
  return { status: 'success', message: `Created “${result.post.title}”.` };
}
