import { NextResponse } from 'next/server';
import { writeNote } from '@/lib/notes';
import { readJson } from '@/lib/request-body';

export async function POST(request: Request) {
  const body = await readJson(request, 2 * 1024);
  if (!body.ok) return NextResponse.json({ error: { code: body.code, message: body.message } }, { status: body.status });
  const result = writeNote(body.value);
  if (!result.ok) return NextResponse.json({ error: { code: 'validation_failed', message: result.message } }, { status: 422 });
  return NextResponse.json({ id: result.id }, { status: 201 });
}
