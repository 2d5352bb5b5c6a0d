import { NextResponse, type NextRequest } from 'next/server';
import { lookupCity } from '@/lib/geo';

const status = { invalid: 400, not_found: 404, provider_error: 502, busy: 503 } as const;

// GET /api/cities?name=Lisbon. The key is used inside lookupCity on the server; only the result is returned.
export async function GET(request: NextRequest) {
  const result = await lookupCity(request.nextUrl.searchParams.get('name'));
  if (!result.ok) {
    const headers = result.code === 'busy' ? { 'Retry-After': '60' } : undefined;
    return NextResponse.json({ error: { code: result.code, message: result.message } }, { status: status[result.code], headers });
  }
  return NextResponse.json({ place: result.place });
}
