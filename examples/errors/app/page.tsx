import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Handle errors, two ways</h1>
      <ul>
        <li><Link href="/action">Server Action</Link>: expected errors are returned as state; an unexpected one is thrown to <code>error.tsx</code>.</li>
        <li><Link href="/handler">Route Handler</Link>: every failure is a status code and one JSON error shape; unexpected ones become a 500 with a request id.</li>
      </ul>
      <p>Tick &ldquo;Simulate an unexpected server failure&rdquo; on either page to see the difference.</p>
      <p><Link href="/check">Check your fix</Link>: calls both sides with bad input and lists which checks fail.</p>
    </>
  );
}
