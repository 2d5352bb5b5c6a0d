'use server';

import { revalidatePath } from 'next/cache';
import { reserve } from '@/lib/inventory';

export type ReserveState = { status: 'idle' } | { status: 'reserved' | 'error'; message: string };

export async function reserveAction(productId: string, _prev: ReserveState, formData: FormData): Promise<ReserveState> {
  const result = await reserve({ productId, quantity: formData.get('quantity'), customer: formData.get('customer') }, 'web');
  if (!result.ok) {
    const details = result.code === 'validation_failed' ? Object.values(result.fieldErrors).flat().join(' ') : result.message;
    return { status: 'error', message: details };
  }
  revalidatePath('/action');
  return { status: 'reserved', message: `Reserved ${result.reservation.quantity}; ${result.remaining} left.` };
}
