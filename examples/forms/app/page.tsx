import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Create a post, two ways</h1>
      <p>The same feature, with the same validation and the same store, built twice:</p>
      <ul>
        <li>
          <Link href="/action">With a Server Action</Link>: a form and <code>useActionState</code>; the action&apos;s
          answer carries the updated list.
        </li>
        <li>
          <Link href="/handler">With a Route Handler</Link>: <code>fetch</code> to <code>/api/posts</code>, JSON and{' '}
          <code>router.refresh()</code>.
        </li>
      </ul>
      <p><Link href="/check">Check your fix</Link>: sends both sides what a form never would and lists which checks fail.</p>
    </>
  );
}
