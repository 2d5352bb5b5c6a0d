'use server';

import { revalidatePath } from 'next/cache';
import { placeOrder } from '@/lib/orders';

export type OrderState =
  | { status: 'idle' }
  | { status: 'error'; fieldErrors: Record<string, string[] | undefined> }
  | { status: 'placed'; message: string };

// The web UI's adapter. In a real app, check the signed-in user here: this endpoint is public too.
export async function placeOrderAction(_prev: OrderState, formData: FormData): Promise<OrderState> {
  const note = String(formData.get('note') ?? '');
  const result = placeOrder({ sku: formData.get('sku'), quantity: formData.get('quantity'), note: note || undefined }, 'web');
  if (!result.ok) return { status: 'error', fieldErrors: result.fieldErrors };
  revalidatePath('/action');
  return { status: 'placed', message: `Order ${result.order.id} placed.` };
}
