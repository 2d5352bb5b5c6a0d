import Link from 'next/link';
import { listMyNotes, verifySession } from '@/lib/dal';
import { signOutAction } from './actions';
import { NoteForm } from './note-form';
import { SignInForm } from './sign-in-form';

export default async function ActionPage() {
  // Reading the session here decides what to show. It protects nothing: the actions check it again themselves.
  const session = await verifySession();
  const notes = await listMyNotes();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Sign in with Server Actions</h1>
      {session ? (
        <>
          <p>Signed in as {session.name}.</p>
          <form action={signOutAction}>
            <button type="submit">Sign out</button>
          </form>
          <h2>My notes</h2>
          <NoteForm />
          <ul aria-label="My notes">
            {notes.ok && notes.notes.map((note) => <li key={note.id}>{note.text}</li>)}
          </ul>
        </>
      ) : (
        <SignInForm />
      )}
    </>
  );
}
