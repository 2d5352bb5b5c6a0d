'use server';

import { revalidatePath } from 'next/cache';
import { formQuantity, reserve } from '@/lib/inventory';
import { formText } from '@/lib/request-body';

export type ReserveState = { status: 'idle' } | { status: 'reserved' | 'error'; message: string };

export async function reserveAction(productId: string, _prev: ReserveState, formData: FormData): Promise<ReserveState> {
  // The argument list comes from the request body, so a hand-made call can put anything in it.
  if (typeof productId !== 'string' || !(formData instanceof FormData)) return { status: 'error', message: 'The form could not be read.' };
  const quantity = formQuantity.safeParse(formText(formData, 'quantity'));
  if (!quantity.success) return { status: 'error', message: quantity.error.issues[0]!.message };
  const result = reserve({ productId, quantity: quantity.data, customer: formText(formData, 'customer') }, 'web');
  if (!result.ok) {
    const details = result.code === 'validation_failed' ? Object.values(result.fieldErrors).flat().join(' ') : result.message;
    return { status: 'error', message: details };
  }
  revalidatePath('/action');
  return { status: 'reserved', message: `Reserved ${result.reservation.quantity}; ${result.remaining} left.` };
}
