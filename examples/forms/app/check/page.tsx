import Link from 'next/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { checks, type CheckId } from '@/lib/checks';
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

async function Results() {
  // Runs on every visit (connection() waits for a request): each check calls this app as it runs now.
  await connection();
  const results = [];
  for (const check of checks) results.push({ ...check, passed: await run[check.id]().catch(() => false) });
  const passing = results.filter((r) => r.passed).length;
  return (
    <>
      <p role="status">{passing} of {results.length} checks pass</p>
      <ul aria-label="Checks">
        {results.map((r) => (
          <li key={r.id}>
            <h2>{r.title}</h2>
            <p className={r.passed ? 'success' : 'error'}>{r.passed ? 'Passed' : 'Failed'}</p>
            {!r.passed && <p>Hint: {r.hint}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}

// The results stream in inside Suspense, which the Next.js 16 download (Cache Components) requires around
// anything that waits for a request.
export default function CheckPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Check your fix</h1>
      <Suspense fallback={<p>Running the checks…</p>}>
        <Results />
      </Suspense>
    </>
  );
}
