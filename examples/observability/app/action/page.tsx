import Link from 'next/link';
import { FeedbackForm } from './feedback-form';

export default function ActionPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Feedback, with a Server Action</h1>
      <FeedbackForm />
    </>
  );
}
