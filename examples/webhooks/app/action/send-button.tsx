'use client';

import { useActionState } from 'react';
import { sendTestEventAction, type SendState } from './actions';

export function SendTestEvent() {
  const [state, action, pending] = useActionState<SendState>(sendTestEventAction, { status: 'idle' });
  return (
    <form action={action}>
      <button type="submit" disabled={pending}>{pending ? 'Sending…' : 'Send a signed test event'}</button>
      <p role="status">{state.status === 'idle' ? '' : state.message}</p>
    </form>
  );
}
