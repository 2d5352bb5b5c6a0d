import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Invalidate the cache, two ways</h1>
      <p>The articles come from a CMS and are cached for every visitor. Two kinds of caller refresh them:</p>
      <ul>
        <li>
          <Link href="/action">With a Server Action</Link>: an editor saves an article and sees the change in the
          action&apos;s own answer.
        </li>
        <li>
          <Link href="/handler">With a Route Handler</Link>: the CMS calls <code>/api/revalidate</code> with a secret;
          the next visit gets the new content.
        </li>
      </ul>
    </>
  );
}
