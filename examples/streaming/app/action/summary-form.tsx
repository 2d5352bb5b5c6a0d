'use client';

import { useActionState } from 'react';
import { PromptFields } from '../prompt-fields';
import { summarizeAction, type SummaryState } from './actions';

export function SummaryForm() {
  const [state, action, pending] = useActionState<SummaryState, FormData>(summarizeAction, { status: 'idle' });
  return (
    <form action={action}>
      <PromptFields id="whole" />
      <button type="submit" disabled={pending}>{pending ? 'Summarizing…' : 'Summarize'}</button>
      <p role="status" className={state.status === 'error' ? 'error' : undefined}>
        {pending ? 'Waiting for the whole summary…' : state.status === 'error' ? state.message : state.status === 'done' ? 'Done.' : ''}
      </p>
      <div role="region" aria-label="Summary" style={{ whiteSpace: 'pre-wrap', minHeight: '3rem' }}>{state.status === 'done' ? state.text : ''}</div>
    </form>
  );
}
