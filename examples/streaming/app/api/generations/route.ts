import { NextResponse } from 'next/server';
import { generationStats } from '@/lib/slots';

// How many generations run on the server right now, and how many tokens were made: the proof of whether a
// stream really stopped when its reader left. A demo aid; a real app would keep this in its metrics.
export async function GET() {
  return NextResponse.json(generationStats(), { headers: { 'Cache-Control': 'no-store' } });
}
