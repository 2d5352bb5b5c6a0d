import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Rate limiting, two ways</h1>
      <p>A common claim is that rate limiting needs a Route Handler. It does not: both sides below use the same limiter from <code>rate-limiter-flexible</code>.</p>
      <ul>
        <li><Link href="/action">Server Action</Link>: returns a &ldquo;too many requests&rdquo; state.</li>
        <li><Link href="/handler">Route Handler</Link>: answers <code>429</code> with <code>Retry-After</code>.</li>
      </ul>
    </>
  );
}
