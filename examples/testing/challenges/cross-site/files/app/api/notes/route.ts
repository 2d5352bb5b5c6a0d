import { NextResponse, type NextRequest } from 'next/server';
import { verifySession } from '@/lib/dal';
import { addNote, notesBy } from '@/lib/notes';
import { readJson } from '@/lib/request-body';

const fail = (status: number, code: string, message: string, extra: object = {}) => NextResponse.json({ error: { code, message, ...extra } }, { status });

export async function GET() {
  const session = await verifySession();
  if (!session) return fail(401, 'unauthenticated', 'Start a session first.');
  return NextResponse.json({ notes: notesBy(session.userId) });
}

export async function POST(request: NextRequest) {
  const session = await verifySession();
  if (!session) return fail(401, 'unauthenticated', 'Start a session first.');
  const body = await readJson(request, 4096);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = addNote(session.userId, body.value);
  if (!result.ok) return fail(422, result.code, 'Some fields are invalid.', { fieldErrors: result.fieldErrors });
  return NextResponse.json({ note: result.note }, { status: 201 });
}
