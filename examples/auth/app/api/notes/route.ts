import { NextResponse, type NextRequest } from 'next/server';
import { addMyNote, listMyNotes, verifySession } from '@/lib/dal';
import { readJson } from '@/lib/request-body';
import { isCrossSite } from '@/lib/same-origin';

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });
const signInFirst = () => fail(401, 'unauthenticated', 'Sign in first.');

/** The caller's notes. Every handler asks the DAL: a page that checks the session does not protect this URL. */
export async function GET() {
  const result = await listMyNotes();
  if (!result.ok) return signInFirst();
  return NextResponse.json({ notes: result.notes });
}

/** Adds a note: JSON `{ text }`. The session rides in a cookie, so cross-site and text/plain posts are refused. */
export async function POST(request: NextRequest) {
  if (isCrossSite(request.headers)) return fail(403, 'cross_site_request', 'Notes can only be added from this site.');
  // The session is checked before the body is read: an anonymous caller cannot make the server read anything.
  if (!(await verifySession())) return signInFirst();
  const body = await readJson(request, 2 * 1024);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = await addMyNote(body.value);
  if (!result.ok) return result.code === 'unauthenticated' ? signInFirst() : fail(422, result.code, result.message);
  return NextResponse.json({ note: result.note }, { status: 201, headers: { Location: `/api/notes/${result.note.id}` } });
}
