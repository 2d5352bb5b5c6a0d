'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { db } from '@/lib/db';
import { orderForm, placeOrder } from '@/lib/orders';
import { budgetFrom, takeWrite } from '@/lib/write-budget';

export type OrderState =
  | { status: 'idle' }
  | { status: 'error'; message?: string; fieldErrors: Record<string, string[] | undefined> }
  | { status: 'placed'; message: string };

// The web UI's adapter. It is a public endpoint too: a script can send it any arguments, not only our form, so it
// checks what it got. In a real app, check the signed-in user here as well.
export async function placeOrderAction(_prev: OrderState, formData: FormData): Promise<OrderState> {
  if (!(formData instanceof FormData)) return { status: 'error', message: 'Send the order form.', fieldErrors: {} };
  const form = orderForm.safeParse({ sku: formData.get('sku'), quantity: formData.get('quantity'), note: formData.get('note') ?? '' });
  if (!form.success) return { status: 'error', fieldErrors: z.flattenError(form.error).fieldErrors };
  // Anyone can place a web order, so the whole app takes at most WEB_ORDERS_PER_MINUTE a minute
  // (lib/write-budget.ts). The API's clients have keys: a limit per key would go in the handler.
  const budget = takeWrite(db(), 'web-orders', budgetFrom('WEB_ORDERS_PER_MINUTE', 30));
  if (!budget.ok) return { status: 'error', message: `Too many orders right now. Try again in ${budget.retryAfterSeconds} s.`, fieldErrors: {} };
  const result = placeOrder(form.data, 'web');
  if (!result.ok) return { status: 'error', fieldErrors: result.fieldErrors };
  revalidatePath('/action');
  return { status: 'placed', message: `Order ${result.order.id} placed.` };
}
