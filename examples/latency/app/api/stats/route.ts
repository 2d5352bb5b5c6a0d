import { NextResponse } from 'next/server';
import { takeMaxInFlight } from '@/lib/notes';

// The most slow calls that were in progress at the same time since the last read (then resets).
export async function GET() {
  return NextResponse.json({ maxInFlight: takeMaxInFlight() });
}
