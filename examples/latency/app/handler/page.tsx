import Link from 'next/link';
import { latestNotes } from '@/lib/notes';
import { HandlerSide } from './handler-side';

export const dynamic = 'force-dynamic';

export default function HandlerPage() {
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
