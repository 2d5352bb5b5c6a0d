'use client';

import { useActionState } from 'react';
import { uploadAction, type UploadState } from './actions';

export function UploadForm() {
  const [state, action, pending] = useActionState<UploadState, FormData>(uploadAction, { status: 'idle' });
  return (
    <form action={action}>
      <label htmlFor="file">File (PNG, JPEG or text, at most 1 MB)</label>
      <input id="file" name="file" type="file" accept="image/png,image/jpeg,text/plain" />
      <button type="submit" disabled={pending}>{pending ? 'Uploading…' : 'Upload'}</button>
      <p role="status" className={state.status === 'error' ? 'error' : 'success'}>{state.status === 'idle' ? '' : state.message}</p>
    </form>
  );
}
