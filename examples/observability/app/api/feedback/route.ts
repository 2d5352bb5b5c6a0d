import { NextResponse, type NextRequest } from 'next/server';
import { saveFeedback } from '@/lib/feedback';
import { log } from '@/lib/log';
import { readJson } from '@/lib/request-body';

const fail = (status: number, code: string, message: string, headers: HeadersInit = {}) => NextResponse.json({ error: { code, message } }, { status, headers });

// Next.js's own spans already name this route ("POST /api/feedback"); the log line joins them by trace id.
export async function POST(request: NextRequest) {
  const body = await readJson(request, 2048);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = saveFeedback(body.value);
  if (!result.ok) {
    if (result.code === 'too_many_entries') return fail(429, result.code, result.message, { 'Retry-After': String(result.retryAfterSeconds) });
    return fail(422, result.code, result.message);
  }
  log('info', 'feedback saved', { route: '/api/feedback', id: result.id });
  return NextResponse.json({ id: result.id }, { status: 201 });
}
