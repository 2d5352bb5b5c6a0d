import { NextResponse } from 'next/server';
import { getMyNote } from '@/lib/dal';

/** One note of the caller's. Another user's note answers the same 404 as a note that does not exist. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const result = await getMyNote((await params).id);
  if (result.ok) return NextResponse.json({ note: result.note });
  return result.code === 'unauthenticated'
    ? NextResponse.json({ error: { code: 'unauthenticated', message: 'Sign in first.' } }, { status: 401 })
    : NextResponse.json({ error: { code: 'not_found', message: 'No such note.' } }, { status: 404 });
}
