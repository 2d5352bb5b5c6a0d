'use client';

import { useActionState } from 'react';
import type { Product } from '@/lib/inventory';
import { reserveAction, type ReserveState } from './actions';

export function ReserveForm({ product }: { product: Product }) {
  // bind() fixes the product id on the server reference; it travels with the call, so the action re-checks it.
  const [state, action, pending] = useActionState<ReserveState, FormData>(reserveAction.bind(null, product.id), { status: 'idle' });
  return (
    <form action={action} aria-label={`Reserve ${product.name}`}>
      <label htmlFor={`qty-${product.id}`}>Quantity</label>
      <input id={`qty-${product.id}`} name="quantity" type="number" defaultValue={1} />
      <label htmlFor={`customer-${product.id}`}>Your name</label>
      <input id={`customer-${product.id}`} name="customer" defaultValue="Web shopper" />
      <button type="submit" disabled={pending || product.stock === 0}>Reserve</button>
      <p role="status">{state.status === 'idle' ? '' : state.message}</p>
    </form>
  );
}
