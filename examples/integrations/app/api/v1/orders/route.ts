import { NextResponse, type NextRequest } from 'next/server';
import { fail, unauthorized } from '@/lib/api-errors';
import { authenticate } from '@/lib/api-keys';
import { listOrders, placeOrder } from '@/lib/orders';
import { readJson } from '@/lib/request-body';

const maxBodyBytes = 8 * 1024;

// A stable, versioned URL for clients outside the React app: a mobile app, a partner's server, a script.
export async function POST(request: NextRequest) {
  const client = authenticate(request.headers.get('authorization'));
  if (!client) return unauthorized();
  const body = await readJson(request, maxBodyBytes);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = placeOrder(body.value, client);
  if (!result.ok) return fail(422, 'validation_failed', 'Some fields are invalid.', { fieldErrors: result.fieldErrors });
  return NextResponse.json({ order: result.order }, { status: 201, headers: { Location: `/api/v1/orders/${result.order.id}` } });
}

export async function GET(request: NextRequest) {
  const client = authenticate(request.headers.get('authorization'));
  if (!client) return unauthorized();
  return NextResponse.json({ orders: listOrders(client) });
}
