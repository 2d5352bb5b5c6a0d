import Link from 'next/link';
import { InlineForm, StartForm } from './forms';

// The page's segment config covers its actions too: on a serverless host, an action posted to this page may run up
// to this many seconds (the inline report takes ten). `next start` ignores it.
export const maxDuration = 60;

export default function ActionPage() {
  return (
    <>
      <h1>With a Server Action</h1>
      <p><Link href="/">Home</Link> · <Link href="/handler">The Route Handler side</Link></p>
      <section aria-labelledby="job-heading">
        <h2 id="job-heading">As a job</h2>
        <p>The action queues the report and sends you to its progress page. A worker does the steps.</p>
        <StartForm />
      </section>
      <section aria-labelledby="inline-heading">
        <h2 id="inline-heading">Inline, in the action</h2>
        <p>The action does every step before it answers. Close the page meanwhile: it keeps going.</p>
        <InlineForm />
      </section>
    </>
  );
}
