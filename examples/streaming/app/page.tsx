import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Stream a summary</h1>
      <p>A stand-in model writes a summary a few words at a time. Two ways to show it while it is written:</p>
      <ul>
        <li><Link href="/handler">Route Handler side</Link>: <code>POST /api/stream</code> answers with server-sent events, and stops when the client leaves.</li>
        <li><Link href="/action">Server Action side</Link>: an action that returns the whole text, and one that returns a stream.</li>
      </ul>
      <p><code>GET /api/generations</code> shows how many generations run on the server right now.</p>
    </>
  );
}
