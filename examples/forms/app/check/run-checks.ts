// The checks of this example's challenges (lib/checks.ts says what each one proves), run by the check page's
// button (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { createPostAction, type FormState } from '../action/actions';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

// Actions are called directly with the arguments an attacker can encode in a request: after React decodes a
// forged call, this is exactly what reaches the function.
const callAction = (formData: unknown): Promise<FormState> => createPostAction({ status: 'idle' }, formData as FormData);

const post = (contentType: string, body: string) =>
  fetch(`${self}/api/posts`, { method: 'POST', headers: { 'Content-Type': contentType }, body, cache: 'no-store' });

const run: Record<CheckId, () => Promise<boolean>> = {
  'action-file-refused': async () => {
    const form = new FormData();
    form.set('title', new File(['A title'], 'title.txt'));
    form.set('body', new File(['A body'], 'body.txt'));
    return (await callAction(form)).status === 'error';
  },
  'action-empty-form-refused': async () => (await callAction(new FormData())).status === 'error',
  'action-forged-arguments-refused': async () => (await callAction('not a form')).status === 'error',
  'handler-invalid-refused': async () => (await post('application/json', JSON.stringify({ title: 'x', body: '' }))).status === 422,
  'handler-text-plain-refused': async () => (await post('text/plain', JSON.stringify({ title: 'A title', body: 'A body' }))).status === 415,
};

export const runChecks = () => runEachCheck(checks, run);
