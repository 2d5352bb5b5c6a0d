import { NextResponse, type NextRequest } from 'next/server';
import { reserve } from '@/lib/inventory';

// A demo key; a real partner API keeps hashed keys per partner (see the "integrations" example).
const partnerKey = process.env.PARTNER_API_KEY ?? 'key_partner_demo_41aa';
const statusFor = { validation_failed: 422, not_found: 404, out_of_stock: 409 } as const;

export async function POST(request: NextRequest) {
  if (request.headers.get('authorization') !== `Bearer ${partnerKey}`) {
    return NextResponse.json({ error: { code: 'unauthorized', message: 'Send Authorization: Bearer <partner key>.' } }, { status: 401 });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: { code: 'invalid_json', message: 'The body is not valid JSON.' } }, { status: 400 });
  }
  const result = await reserve(body, 'partner-api');
  if (!result.ok) {
    const { ok: _ok, ...error } = result;
    return NextResponse.json({ error }, { status: statusFor[result.code] });
  }
  return NextResponse.json({ reservation: result.reservation, remaining: result.remaining }, { status: 201 });
}
