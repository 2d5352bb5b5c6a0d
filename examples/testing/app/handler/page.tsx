import Link from 'next/link';
import { connection } from 'next/server';
import { verifySession } from '@/lib/dal';
import { notesBy } from '@/lib/notes';
import { EndSession, StartSession } from '../session/session-controls';
import { AddNoteClient } from './add-note-client';

export default async function HandlerPage() {
  await connection();
  const session = await verifySession();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Add a note with a Route Handler</h1>
      {session ? (
        <>
          <AddNoteClient initialNotes={notesBy(session.userId)} />
          <EndSession />
        </>
      ) : (
        <StartSession />
      )}
    </>
  );
}
