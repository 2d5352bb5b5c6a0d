import Link from 'next/link';
import { SubscribeForm } from './subscribe-form';

export default function ActionPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Subscribe with a rate-limited Server Action</h1>
      <p>Five attempts per minute per address. The sixth is refused with a returned &ldquo;too many requests&rdquo; state.</p>
      <SubscribeForm />
    </>
  );
}
