import Link from 'next/link';
import { FeedbackClient } from './feedback-client';

export default function HandlerPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Feedback, with a Route Handler</h1>
      <FeedbackClient />
    </>
  );
}
