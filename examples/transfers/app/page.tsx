import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Transfer money, two ways</h1>
      <p>Both sides call <code>transfer()</code> in <code>lib/accounts.ts</code>: validate, check, then apply every change or none.</p>
      <ul>
        <li><Link href="/action">With a Server Action</Link>: business errors come back as returned state.</li>
        <li><Link href="/handler">With a Route Handler</Link>: <code>POST /api/transfers</code> answers 201, 400, 403, 404, 409, 413, 415 or 422.</li>
      </ul>
      <p><Link href="/check">Check your fix</Link>: attacks this app as it runs now and lists which ones fail.</p>
    </>
  );
}
