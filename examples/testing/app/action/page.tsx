import Link from 'next/link';
import { connection } from 'next/server';
import { verifySession } from '@/lib/dal';
import { notesBy } from '@/lib/notes';
import { EndSession, StartSession } from '../session/session-controls';
import { AddNoteForm } from './add-note-form';

export default async function ActionPage() {
  await connection();
  const session = await verifySession();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Add a note with a Server Action</h1>
      {session ? (
        <>
          <AddNoteForm />
          <ul aria-label="Notes">
            {notesBy(session.userId).map((note) => (
              <li key={note.id}>{note.text}</li>
            ))}
          </ul>
          <EndSession />
        </>
      ) : (
        <StartSession />
      )}
    </>
  );
}
