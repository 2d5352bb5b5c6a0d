'use client';

import { useActionState } from 'react';
import { sendFeedbackAction, type FeedbackState } from './actions';

export function FeedbackForm() {
  const [state, formAction, pending] = useActionState<FeedbackState, FormData>(sendFeedbackAction, { status: 'idle' });
  return (
    <form action={formAction}>
      <label htmlFor="rating">Rating (1 to 5)</label>
      <input id="rating" name="rating" type="number" min={1} max={5} required />
      <label htmlFor="comment">Comment</label>
      <textarea id="comment" name="comment" maxLength={500} />
      <button type="submit" disabled={pending}>{pending ? 'Sending…' : 'Send feedback'}</button>
      <p role="status">{state.status === 'saved' ? `Thank you (entry ${state.id}).` : state.status === 'error' ? state.message : ''}</p>
    </form>
  );
}
