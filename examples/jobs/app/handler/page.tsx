import Link from 'next/link';
import { HandlerJobs } from './handler-jobs';
import { InlineRun } from './inline-run';

export default function HandlerPage() {
  return (
    <>
      <h1>With a Route Handler</h1>
      <p><Link href="/">Home</Link> · <Link href="/action">The Server Action side</Link></p>
      <section aria-labelledby="job-heading">
        <h2 id="job-heading">As a job</h2>
        <p><code>POST /api/jobs</code> answers <code>202 Accepted</code> with the job&apos;s address in <code>Location</code>; the page polls it.</p>
        <HandlerJobs />
      </section>
      <section aria-labelledby="inline-heading">
        <h2 id="inline-heading">Inline, in the handler</h2>
        <p><code>POST /api/inline</code> does every step before it answers. Stop it, or close the page: the handler sees <code>request.signal</code> abort and stops.</p>
        <InlineRun />
      </section>
    </>
  );
}
