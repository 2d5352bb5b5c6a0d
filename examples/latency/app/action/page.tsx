import Link from 'next/link';
import { latestNotes } from '@/lib/notes';
import { ActionSide } from './action-side';
import { connection } from 'next/server';

export default async function ActionPage() {
  // Rendered per request, never at build time: the data changes while the app runs.
  await connection();
  return (
    <>
      <p><Link href="/">Home</Link></p>
      <h1>Server Actions, timed</h1>
      <ActionSide />
      <h2>Latest notes</h2>
      <ul aria-label="Notes">{latestNotes().map((n) => <li key={n.id}>{n.text}</li>)}</ul>
    </>
  );
}
