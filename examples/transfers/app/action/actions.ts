'use server';

import { revalidatePath } from 'next/cache';
import { transfer } from '@/lib/accounts';

export type TransferState =
  | { status: 'idle' }
  | { status: 'error'; message: string; fieldErrors: Record<string, string[] | undefined>; values: Record<string, string> }
  | { status: 'done'; message: string };

const toCents = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return /^\d+(\.\d{1,2})?$/.test(text) ? Math.round(Number(text) * 100) : Number.NaN;
};

// Business errors come back as state for the form to show; nothing is thrown for expected failures.
// React resets the form after every action, so the submitted values go back with an error for the form to keep.
export async function transferAction(_prev: TransferState, formData: FormData): Promise<TransferState> {
  const values = Object.fromEntries(['from', 'to', 'amount', 'reference'].map((k) => [k, String(formData.get(k) ?? '')]));
  const result = transfer({
    from: formData.get('from'),
    to: formData.get('to'),
    amount: toCents(formData.get('amount')),
    reference: String(formData.get('reference') ?? ''),
  });
  if (!result.ok) {
    return { status: 'error', message: result.message, fieldErrors: result.code === 'validation_failed' ? result.fieldErrors : {}, values };
  }
  revalidatePath('/action');
  return { status: 'done', message: `Transfer ${result.id} done.` };
}
