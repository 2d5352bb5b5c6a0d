import { NextResponse, type NextRequest } from 'next/server';
import { paymentEvent, recordEvent, webhookSecret } from '@/lib/payments';
import { matches, parseSignature, signatureHeader } from '@/lib/signature';

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

// The provider calls this fixed URL. A Server Action could not be registered here: its ID can change between
// builds, and it expects React's encoding, not the provider's JSON.
export async function POST(request: NextRequest) {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return fail(400, 'invalid_json', 'The body is not valid JSON.');
  }

  const header = parseSignature(request.headers.get(signatureHeader));
  if (!header.ok) return fail(400, header.code, 'Send a well-formed, recent Webhook-Signature header.');
  const signed = new TextEncoder().encode(JSON.stringify(json));
  if (!matches(header.signature, signed, webhookSecret())) return fail(400, 'invalid_signature', 'The signature does not match this body.');

  const event = paymentEvent.safeParse(json);
  if (!event.success) return fail(400, 'invalid_event', 'The event does not have the expected shape.');

  const { duplicate } = recordEvent(event.data);
  return NextResponse.json({ received: true, duplicate });
}
