import Link from 'next/link';
import { SubscribeClient } from './subscribe-client';

export default function HandlerPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Subscribe through a rate-limited Route Handler</h1>
      <p>Five attempts per minute per address. The sixth gets <code>429 Too Many Requests</code> with <code>Retry-After</code>.</p>
      <SubscribeClient />
    </>
  );
}
