import { NextResponse, type NextRequest } from 'next/server';
import { fail, unauthorized } from '@/lib/api-errors';
import { authenticate } from '@/lib/api-keys';
import { findOrder } from '@/lib/orders';

// Where the Location header of a new order points.
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const client = authenticate(request.headers.get('authorization'));
  if (!client) return unauthorized();
  const order = findOrder((await params).id);
  if (!order) return fail(404, 'not_found', 'No order with this id.');
  return NextResponse.json({ order });
}
