import Link from 'next/link';
import { latestNotes } from '@/lib/notes';
import { HandlerSide } from './handler-side';
import { connection } from 'next/server';

export default async function HandlerPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Route Handlers, timed</h1>
      <HandlerSide />
      <h2>Latest notes</h2>
      <ul aria-label="Notes">{latestNotes().map((n) => <li key={n.id} data-note-id={n.id}>{n.text}</li>)}</ul>
    </>
  );
}
