import { NextResponse } from 'next/server';
import { maxInFlight, resetMaxInFlight } from '@/lib/notes';

// The most slow calls that were in progress at the same time since the last reset. Reading changes nothing.
export async function GET() {
  return NextResponse.json({ maxInFlight: maxInFlight() });
}

// Starts a new measurement: a DELETE, because no GET may change state.
export async function DELETE() {
  resetMaxInFlight();
  return new NextResponse(null, { status: 204 });
}
