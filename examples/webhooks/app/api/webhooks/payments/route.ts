import { NextResponse, type NextRequest } from 'next/server';
import { paymentEvent, recordEvent, webhookSecret } from '@/lib/payments';
import { readBytes } from '@/lib/request-body';
import { matches, parseSignature, signatureHeader } from '@/lib/signature';

const maxBodyBytes = 64 * 1024; // a payment event is well under 1 KB

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

// The provider calls this fixed URL. A Server Action could not be registered here: its ID can change between
// builds, and it expects React's encoding, not the provider's JSON.
export async function POST(request: NextRequest) {
  // Cheap checks first: without a well-formed, recent signature, not one byte of the body is read.
  const header = parseSignature(request.headers.get(signatureHeader));
  if (!header.ok) return fail(400, header.code, 'Send a well-formed, recent Webhook-Signature header.');
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    return fail(415, 'unsupported_media_type', 'Send the event with Content-Type: application/json.');
  }

  const body = await readBytes(request, maxBodyBytes); // the exact bytes that were signed, up to a limit
  if (!body.ok) return fail(body.status, body.code, body.message);
  if (!matches(header.signature, body.bytes, webhookSecret())) return fail(400, 'invalid_signature', 'The signature does not match this body.');

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body.bytes));
  } catch {
    return fail(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const event = paymentEvent.safeParse(json);
  if (!event.success) return fail(400, 'invalid_event', 'The event does not have the expected shape.');

  const { duplicate } = recordEvent(event.data);
  return NextResponse.json({ received: true, duplicate });
}
