// The checks of this example's challenge (lib/checks.ts says what each one proves), run by the check page's button
// (./route.ts). Off in production, like every course tool (lib/course-tools.ts).
import { checks, type CheckId } from '@/lib/checks';
import { runEachCheck } from '@/lib/course-tools';
import { sendMessageAction } from '../action/actions';

// The app's own origin comes from configuration (the port `next dev` and `next start` put in PORT), never from
// this request's Host header, which the client writes.
const self = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

const withLink = 'Sent by the check page: https://spam.example';

const post = (contentType: string, body: string) =>
  fetch(`${self}/api/messages`, { method: 'POST', headers: { 'Content-Type': contentType }, body, cache: 'no-store' });

const run: Record<CheckId, () => Promise<boolean>> = {
  'action-link-refused': async () => {
    const form = new FormData();
    form.set('text', withLink);
    return !(await sendMessageAction(form)).ok;
  },
  'handler-link-refused': async () => (await post('application/json', JSON.stringify({ text: withLink }))).status === 422,
  'handler-text-plain-refused': async () => (await post('text/plain', JSON.stringify({ text: 'Hello' }))).status === 415,
};

export const runChecks = () => runEachCheck(checks, run);
