import { NextResponse, type NextRequest } from 'next/server';
import { clientKey, consume, limit } from '@/lib/limiter';
import { subscribe, subscriberCount } from '@/lib/newsletter';

export async function POST(request: NextRequest) {
  // Limit first, before any other work: failed attempts count too.
  const gate = await consume(clientKey(request.headers));
  if (!gate.ok) {
    return NextResponse.json(
      { error: { code: 'too_many_requests', message: `Too many requests. Try again in ${gate.retryAfterSeconds} s.` } },
      { status: 429, headers: { 'Retry-After': String(gate.retryAfterSeconds), 'RateLimit-Limit': String(limit.points) } },
    );
  }
  const headers = { 'RateLimit-Limit': String(limit.points), 'RateLimit-Remaining': String(gate.remaining) };
  let body: { email?: unknown };
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: { code: 'invalid_json', message: 'The body is not valid JSON.' } }, { status: 400, headers });
  }
  const result = subscribe(body?.email);
  if (!result.ok) return NextResponse.json({ error: { code: 'validation_failed', message: result.message } }, { status: 422, headers });
  return NextResponse.json({ email: result.email, subscribers: subscriberCount() }, { status: result.alreadySubscribed ? 200 : 201, headers });
}
