import { NextResponse } from 'next/server';
import { writeNote } from '@/lib/notes';

export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: { code: 'invalid_json', message: 'The body is not valid JSON.' } }, { status: 400 });
  }
  const result = writeNote(body);
  if (!result.ok) return NextResponse.json({ error: { code: 'validation_failed', message: result.message } }, { status: 422 });
  return NextResponse.json({ id: result.id }, { status: 201 });
}
