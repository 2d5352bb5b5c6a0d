import Link from 'next/link';
import { NotesClient } from './notes-client';

export default function HandlerPage() {
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Sign in with Route Handlers</h1>
      <NotesClient />
    </>
  );
}
