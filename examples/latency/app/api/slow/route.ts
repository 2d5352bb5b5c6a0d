import { NextResponse } from 'next/server';
import { slowCall } from '@/lib/notes';

// Takes 100 ms; several at once run in parallel, unlike Server Actions from one client.
export async function POST() {
  return NextResponse.json({ inFlight: await slowCall(100) });
}
