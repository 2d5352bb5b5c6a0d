import { NextResponse, type NextRequest } from 'next/server';
import { paymentEvent, recordEvent, webhookSecret } from '@/lib/payments';
import { signatureHeader, verify } from '@/lib/signature';

const fail = (code: string, message: string) => NextResponse.json({ error: { code, message } }, { status: 400 });

// The provider calls this fixed URL. A Server Action could not be registered here: its ID changes on every
// build, and it expects React's encoding, not the provider's JSON.
export async function POST(request: NextRequest) {
  const raw = await request.text(); // the exact bytes that were signed
  const check = verify(raw, request.headers.get(signatureHeader), webhookSecret);
  if (!check.ok) return fail(check.code, 'The signature does not match this body.');

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail('invalid_json', 'The body is not valid JSON.');
  }
  const event = paymentEvent.safeParse(json);
  if (!event.success) return fail('invalid_event', 'The event does not have the expected shape.');

  const { duplicate } = recordEvent(event.data);
  return NextResponse.json({ received: true, duplicate });
}
