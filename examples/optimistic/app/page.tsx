import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Show it before the server answers</h1>
      <p>
        A message board that shows a sent message at once, marked as sending, and takes it back when the server
        refuses it (try a link), fails, or was redeployed.
      </p>
      <ul>
        <li><Link href="/action">With a Server Action</Link>: <code>useOptimistic</code> and <code>useFormStatus</code>.</li>
        <li><Link href="/handler">With a Route Handler</Link>: <code>fetch</code>, <code>useTransition</code> and a rollback.</li>
      </ul>
    </>
  );
}
