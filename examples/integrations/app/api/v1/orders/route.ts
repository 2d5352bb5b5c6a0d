import { NextResponse, type NextRequest } from 'next/server';
import { authenticate } from '@/lib/api-keys';
import { listOrders, placeOrder } from '@/lib/orders';

const fail = (status: number, code: string, message: string, extra: object = {}, headers?: HeadersInit) =>
  NextResponse.json({ error: { code, message, ...extra } }, { status, headers });

const unauthorized = () =>
  fail(401, 'unauthorized', 'Send a valid API key as Authorization: Bearer <key>.', {}, { 'WWW-Authenticate': 'Bearer realm="orders"' });

// A stable, versioned URL for clients outside the React app: a mobile app, a partner's server, a script.
export async function POST(request: NextRequest) {
  const client = authenticate(request.headers.get('authorization'));
  if (!client) return unauthorized();
  if (!request.headers.get('content-type')?.startsWith('application/json')) {
    return fail(415, 'unsupported_media_type', 'Send JSON with Content-Type: application/json.');
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return fail(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const result = placeOrder(body, client);
  if (!result.ok) return fail(422, 'validation_failed', 'Some fields are invalid.', { fieldErrors: result.fieldErrors });
  return NextResponse.json({ order: result.order }, { status: 201, headers: { Location: `/api/v1/orders/${result.order.id}` } });
}

export async function GET(request: NextRequest) {
  const client = authenticate(request.headers.get('authorization'));
  if (!client) return unauthorized();
  return NextResponse.json({ orders: listOrders().filter((o) => o.channel === client) });
}
