'use client';

import { useActionState } from 'react';
import { subscribeAction, type SubscribeState } from './actions';

export function SubscribeForm() {
  const [state, action, pending] = useActionState<SubscribeState, FormData>(subscribeAction, { status: 'idle' });
  return (
    <form action={action}>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" required defaultValue={state.status === 'error' ? '' : undefined} />
      <button type="submit" disabled={pending}>Subscribe</button>
      <p role="status" className={state.status === 'subscribed' ? 'success' : 'error'}>{state.status === 'idle' ? '' : state.message}</p>
    </form>
  );
}
