import { NextResponse } from 'next/server';
import { inlineStats } from '@/lib/inline';

// How many inline runs each side did and how far they got: counts only, no one's data.
export async function GET() {
  return NextResponse.json(inlineStats(), { headers: { 'Cache-Control': 'no-store' } });
}
