import { NextResponse, type NextRequest } from 'next/server';
import { listMessages, sendMessage } from '@/lib/messages';
import { readJson } from '@/lib/request-body';

const fail = (status: number, code: string, message: string, headers: HeadersInit = {}) => NextResponse.json({ error: { code, message } }, { status, headers });

export async function GET() {
  return NextResponse.json({ messages: listMessages() });
}

export async function POST(request: NextRequest) {
  const body = await readJson(request, 2048);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = sendMessage(body.value);
  if (result.ok) return NextResponse.json({ message: result.message }, { status: 201 });
  if (result.code === 'too_many_messages') return fail(429, result.code, result.message, { 'Retry-After': String(result.retryAfterSeconds) });
  return fail(422, result.code, result.message);
}
