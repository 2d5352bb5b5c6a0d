import Link from 'next/link';
import { GenerationStats } from '../generation-stats';
import { StreamClient } from './stream-client';

export default function HandlerPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Stream a summary from a Route Handler</h1>
      <p>
        The page posts JSON to <code>/api/stream</code> and reads the answer, a <code>text/event-stream</code>, token by
        token. <strong>Stop</strong> aborts the request; the server notices the closed connection and stops generating.
      </p>
      <StreamClient />
      <GenerationStats />
    </>
  );
}
