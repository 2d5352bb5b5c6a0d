import Link from 'next/link';
import { SignIn } from '../session/session-controls';

export default function LoginPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Sign in</h1>
      <p>The team’s pages are for members. Sign in as a guest member (the session lasts two hours).</p>
      <SignIn />
    </>
  );
}
