'use server';

import { revalidatePath } from 'next/cache';
import { idempotencyKey, transfer } from '@/lib/accounts';
import { formText } from '@/lib/request-body';

export type TransferState =
  | { status: 'idle' }
  | { status: 'error'; message: string; fieldErrors: Record<string, string[] | undefined>; values: Record<string, string> }
  | { status: 'done'; message: string };

// Form fields are text; the amount is parsed from a strict decimal pattern, never coerced.
const toCents = (text: string | null) =>
  text !== null && /^\d+(\.\d{1,2})?$/.test(text.trim()) ? Math.round(Number(text.trim()) * 100) : Number.NaN;

const fields = ['from', 'to', 'amount', 'reference'] as const;

// Business errors come back as state for the form to show; nothing is thrown for expected failures.
// React resets the form after every action, so the submitted values go back with an error for the form to keep.
export async function transferAction(_prev: TransferState, formData: FormData): Promise<TransferState> {
  // A public endpoint: the caller decides what the arguments are, and any field may be a File instead of text.
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the transfer form.', fieldErrors: {}, values: {} };
  const text = Object.fromEntries(fields.map((k) => [k, formText(formData, k)])) as Record<(typeof fields)[number], string | null>;
  const values = Object.fromEntries(fields.map((k) => [k, text[k] ?? '']));
  // The page renders a new token into each form: a double click or a replayed request sends it again, and the
  // money moves once.
  const token = idempotencyKey.safeParse(formText(formData, 'token'));
  if (!token.success) return { status: 'error', message: 'This form has expired. Reload the page and try again.', fieldErrors: {}, values };
  const result = transfer({ from: text.from, to: text.to, amount: toCents(text.amount), reference: text.reference }, token.data);
  if (!result.ok) {
    return { status: 'error', message: result.message, fieldErrors: result.code === 'validation_failed' ? result.fieldErrors : {}, values };
  }
  revalidatePath('/action');
  return { status: 'done', message: `Transfer ${result.id} done.` };
}
