'use client';

import { useActionState } from 'react';
import { createPostAction, type FormState } from './actions';
import { SubmitButton } from './submit-button';

export function CreatePostForm() {
  const [state, formAction] = useActionState<FormState, FormData>(createPostAction, { status: 'idle' });
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? state.values : { title: '', body: '' };

  return (
    // Works before hydration too: React renders a real form post that Next.js routes to the action.
    <form action={formAction} key={state.status === 'success' ? state.message : 'form'}>
      <label htmlFor="title">Title</label>
      <input id="title" name="title" defaultValue={values.title} aria-describedby="title-error" />
      <p id="title-error" className="error">{errors.title?.join(' ')}</p>
      <label htmlFor="body">Body</label>
      <textarea id="body" name="body" rows={4} defaultValue={values.body} aria-describedby="body-error" />
      <p id="body-error" className="error">{errors.body?.join(' ')}</p>
      <SubmitButton label="Create post" pendingLabel="Creating…" />
      <p role="status" className={state.status === 'error' ? 'error' : 'success'}>{state.status === 'success' || state.status === 'error' ? state.message : ''}</p>
    </form>
  );
}
