import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Receive a payment webhook</h1>
      <ul>
        <li><strong>Route Handler</strong>: <code>POST /api/webhooks/payments</code> verifies an HMAC signature over the raw body, then records the event once.</li>
        <li><Link href="/action">Server Action side</Link>: why an action cannot be the webhook target, and a button that sends a signed test event.</li>
      </ul>
      <p>Or send one from a terminal: <code>node scripts/send-test-event.mjs</code>.</p>
      <p><Link href="/check">Check your fix</Link>: sends forged and real deliveries to this app and lists which checks fail.</p>
    </>
  );
}
