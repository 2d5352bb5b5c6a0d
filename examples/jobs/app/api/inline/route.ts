import { NextResponse, type NextRequest } from 'next/server';
import { runInline } from '@/lib/inline';
import { readJson } from '@/lib/request-body';

// On a serverless host this function is stopped after this many seconds, whatever it is doing. `next start` ignores it.
export const maxDuration = 60;

// The report done inline, in the request. request.signal aborts when the client goes away, so the loop stops at its
// next step instead of working for nobody.
export async function POST(request: NextRequest) {
  const body = await readJson(request, 256);
  if (!body.ok) return NextResponse.json({ error: { code: body.code, message: body.message } }, { status: body.status });
  const result = await runInline('handler', request.signal);
  if (!result.ok) return NextResponse.json({ error: { code: result.code, message: result.message } }, { status: 429, headers: { 'Retry-After': String(result.retryAfterSeconds) } });
  return NextResponse.json(result);
}
