import { NextResponse, type NextRequest } from 'next/server';
import { clientAddress } from '@/lib/client-address';
import { consume, limit } from '@/lib/limiter';
import { subscribe } from '@/lib/newsletter';
import { readJson } from '@/lib/request-body';

export async function POST(request: NextRequest) {
  // Limit first, before any other work: failed attempts count too.
  const gate = await consume(clientAddress(request.headers));
  if (!gate.ok) {
    return NextResponse.json(
      { error: { code: 'too_many_requests', message: `Too many requests. Try again in ${gate.retryAfterSeconds} s.` } },
      { status: 429, headers: { 'Retry-After': String(gate.retryAfterSeconds), 'RateLimit-Limit': String(limit.points) } },
    );
  }
  const headers = { 'RateLimit-Limit': String(limit.points), 'RateLimit-Remaining': String(gate.remaining) };
  const body = await readJson(request, 1024);
  if (!body.ok) return NextResponse.json({ error: { code: body.code, message: body.message } }, { status: body.status, headers });
  const email = typeof body.value === 'object' && body.value !== null ? (body.value as { email?: unknown }).email : undefined;
  const result = subscribe(email);
  if (!result.ok) return NextResponse.json({ error: { code: 'validation_failed', message: result.message } }, { status: 422, headers });
  return NextResponse.json({ email: result.email }, { status: 200, headers });
}
