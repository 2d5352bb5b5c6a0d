import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Upload files, two ways</h1>
      <ul>
        <li><Link href="/action">Server Action</Link>: a form with <code>FormData</code>; the body is capped by <code>serverActions.bodySizeLimit</code> (2 MB here) and the action allows 1 MB files.</li>
        <li><Link href="/handler">Route Handler</Link>: the file is the request body, read as a stream and refused with <code>413</code> as soon as it passes 5 MB.</li>
      </ul>
      <p><Link href="/check">Check your fix</Link>: sends oversized and disguised uploads to this app and lists which checks fail.</p>
    </>
  );
}
