import Link from 'next/link';
import { courseToolsEnabled } from '@/lib/course-tools';
import { listPayments } from '@/lib/payments';
import { SendTestEvent } from './send-button';
import { connection } from 'next/server';

export default async function ActionPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  const payments = listPayments();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Why a Server Action cannot receive a webhook</h1>
      <p>A payment provider needs three things from a webhook endpoint. A Server Action has none of them:</p>
      <ul>
        <li><strong>A URL that never changes.</strong> An action is reached by an ID the build derives from a key, which can change between builds: no contract a provider could rely on.</li>
        <li><strong>The provider&apos;s own body format.</strong> An action reads React&apos;s encoded arguments, not the provider&apos;s JSON, and needs the <code>Next-Action</code> header no provider sends.</li>
        <li><strong>The raw bytes, to check the signature.</strong> An action gets parsed arguments; the Route Handler reads the body&apos;s bytes itself.</li>
      </ul>
      <p>
        What an action <em>is</em> good for here: a button in your own UI. This one plays the provider and sends a
        signed event to the Route Handler at <code>/api/webhooks/payments</code>.
      </p>
      {courseToolsEnabled() ? <SendTestEvent /> : <p>The test-event button is a course tool: a production server has it off.</p>}
      <h2>Latest payments</h2>
      <ul aria-label="Payments">
        {payments.map((p) => (
          <li key={p.eventId}>{p.paymentId}: {(p.amount / 100).toFixed(2)} {p.currency.toUpperCase()} ({p.status})</li>
        ))}
      </ul>
    </>
  );
}
