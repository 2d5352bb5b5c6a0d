'use server';

import { revalidatePath } from 'next/cache';
import type { ReactNode } from 'react';
import { shareDocument } from '@/lib/documents';
import { formText } from '@/lib/request-body';

export type ShareState = { status: 'idle' } | { status: 'error'; message: string } | { status: 'done'; message: ReactNode };

// The page binds the document's id: shareAction.bind(null, document.id). That id is written into the page in plain
// text and sent back with every call, so whoever calls can put any id there. shareDocument checks the owner again.
export async function shareAction(documentId: string, _prev: ShareState, formData: FormData): Promise<ShareState> {
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the share form.' };
  const username = formText(formData, 'username');
  const result = shareDocument(documentId, { username });
  if (!result.ok) {
    return { status: 'error', message: result.code === 'validation_failed' ? (result.fieldErrors.username?.join(' ') ?? result.message) : result.message };
  }
  revalidatePath('/action');
  // A return value may contain JSX: React serialises the elements into the response, and the form renders them.
  // Only the title and the name go back, not the document.
  return { status: 'done', message: <>Shared <strong>{result.document.title}</strong> with {username?.trim().toLowerCase()}.</> };
}
