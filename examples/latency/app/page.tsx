import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Measure the difference</h1>
      <p>The same three operations, each way: a no-op, a validated write, and a write that shows the updated page.</p>
      <ul>
        <li><Link href="/action">Server Actions</Link>: the third one returns the re-rendered page in the same response.</li>
        <li><Link href="/handler">Route Handlers</Link>: the third one is a write, then <code>router.refresh()</code>.</li>
      </ul>
      <p>On each page, &ldquo;Fire five 100 ms calls at once&rdquo; shows that actions from one browser run one at a time.</p>
    </>
  );
}
