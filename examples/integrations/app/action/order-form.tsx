'use client';

import { useActionState } from 'react';
import { placeOrderAction, type OrderState } from './actions';

export function OrderForm({ products }: { products: [string, string][] }) {
  const [state, action, pending] = useActionState<OrderState, FormData>(placeOrderAction, { status: 'idle' });
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={action}>
      <label htmlFor="sku">Product</label>
      <select id="sku" name="sku" defaultValue="tea-green">
        {products.map(([sku, name]) => <option key={sku} value={sku}>{name}</option>)}
      </select>
      <p className="error">{errors.sku?.join(' ')}</p>
      <label htmlFor="quantity">Quantity</label>
      <input id="quantity" name="quantity" type="number" defaultValue={1} />
      <p className="error">{errors.quantity?.join(' ')}</p>
      <label htmlFor="note">Note (optional)</label>
      <input id="note" name="note" />
      <p className="error">{errors.note?.join(' ')}</p>
      <button type="submit" disabled={pending}>Place order</button>
      <p role="status">{state.status === 'idle' ? '' : state.message}</p>
    </form>
  );
}
