'use server';

import { revalidatePath } from 'next/cache';
import { sendMessage } from '@/lib/messages';
import { formText } from '@/lib/request-body';

export type SendState = { ok: true } | { ok: false; message: string };

export async function sendMessageAction(formData: FormData): Promise<SendState> {
  if (!(formData instanceof FormData)) return { ok: false, message: 'Send the message form.' };
  const result = sendMessage({ text: formText(formData, 'text') });
  if (!result.ok) return { ok: false, message: result.message };
  // The new list comes back in this same response, so the real message replaces the optimistic one without a gap.
  revalidatePath('/action');
  return { ok: true };
}
