import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Work that outlives the request</h1>
      <p>
        A report that takes ten slow steps, made two ways on each side: as a durable job that a worker runs while the
        page polls its progress, and inline, inside the request, to see what happens when the reader leaves.
      </p>
      <ul>
        <li><Link href="/action">With a Server Action</Link>: an action queues the job; a form cancels it.</li>
        <li><Link href="/handler">With a Route Handler</Link>: <code>202 Accepted</code>, <code>Location</code>, polling, <code>DELETE</code>.</li>
        <li><Link href="/check">Check your fix</Link> (the challenge&apos;s check page).</li>
      </ul>
    </>
  );
}
