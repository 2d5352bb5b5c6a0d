'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { formQuantity, reserve } from '@/lib/inventory';
import { formText } from '@/lib/request-body';

export type ReserveState = { status: 'idle' } | { status: 'reserved' | 'error'; message: string };

export async function reserveAction(productId: string, _prev: ReserveState, formData: FormData): Promise<ReserveState> {
  // The argument list comes from the request body, so a hand-made call can put anything in it.
  if (typeof productId !== 'string' || !(formData instanceof FormData)) return { status: 'error', message: 'The form could not be read.' };
  const quantity = formQuantity.safeParse(formText(formData, 'quantity'));
  if (!quantity.success) return { status: 'error', message: quantity.error.issues[0]!.message };
  const customer = formText(formData, 'customer');
  const result = reserve({ productId, quantity: quantity.data, customer }, 'web', { holder: await shopperId() });
  if (!result.ok) {
    const details = result.code === 'validation_failed' ? Object.values(result.fieldErrors).flat().join(' ') : result.message;
    return { status: 'error', message: details };
  }
  revalidatePath('/action');
  return { status: 'reserved', message: `Reserved ${result.reservation.quantity}; ${result.remaining} left.` };
}

/**
 * The browser's id for the per-customer cap: random, in an httpOnly cookie set with the first reservation. The name
 * field would let every visitor who keeps the default share one allowance. A script that drops the cookie gets a new
 * id each time: only an account (or a payment) ties holds to a person.
 */
async function shopperId(): Promise<string> {
  const jar = await cookies();
  const known = jar.get('shopper')?.value;
  if (known && /^[0-9a-f-]{36}$/.test(known)) return known;
  const id = randomUUID();
  jar.set('shopper', id, { httpOnly: true, sameSite: 'lax', secure: process.env.NODE_ENV === 'production', path: '/', maxAge: 30 * 24 * 60 * 60 });
  return id;
}
