import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Keep a secret, two ways</h1>
      <p>
        Both pages look up a city at a third-party geocoding API that needs a secret key. The key lives in
        <code>lib/geo.ts</code>, which imports <code>server-only</code>: neither page can send it to the browser.
      </p>
      <ul>
        <li><Link href="/action">With a Server Action</Link></li>
        <li><Link href="/handler">With a Route Handler</Link> (<code>GET /api/cities?name=…</code>)</li>
      </ul>
      <p>The &ldquo;provider&rdquo; is a fake route inside this app, <code>/api/fake-provider/v1/geocode</code>, so the example runs offline.</p>
      <p><Link href="/check">Check your fix</Link>: tries to steer the key to another server and lists which checks fail.</p>
    </>
  );
}
