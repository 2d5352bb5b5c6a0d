import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>An API for other clients</h1>
      <p>One domain function, <code>placeOrder</code> in <code>lib/orders.ts</code>, behind two thin adapters:</p>
      <ul>
        <li><Link href="/action">The web UI</Link> places orders with a Server Action.</li>
        <li>A mobile app or a partner places orders at <code>POST /api/v1/orders</code> with an API key: try <code>node scripts/mobile-client.mjs</code>.</li>
      </ul>
      <p><Link href="/check">Check your fix</Link>: calls the API as its clients and an intruder would, and lists which checks fail.</p>
    </>
  );
}
