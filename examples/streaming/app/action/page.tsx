import Link from 'next/link';
import { GenerationStats } from '../generation-stats';
import { StreamSummary } from './stream-summary';
import { SummaryForm } from './summary-form';

export default function ActionPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Summarize with a Server Action</h1>
      <section aria-labelledby="whole">
        <h2 id="whole">Wait for the whole summary</h2>
        <p>The action returns the text when the last token is made. Works without JavaScript.</p>
        <SummaryForm />
      </section>
      <section aria-labelledby="streamed">
        <h2 id="streamed">Stream the summary from the action</h2>
        <p>
          The action returns a <code>ReadableStream</code>, and React sends its tokens as they are made. The page can
          stop reading, but it cannot tell the server to stop: watch the count below after you press <strong>Stop</strong>.
        </p>
        <StreamSummary />
      </section>
      <GenerationStats />
    </>
  );
}
