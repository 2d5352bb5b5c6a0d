import { NextResponse } from 'next/server';
import { listMyDocuments } from '@/lib/documents';

// Only the DTOs: the row ids that listMyDocuments also returns stay here. The answer is this user's alone, so no
// shared cache (a CDN, a company proxy) may keep it for the next caller: `private, no-store`.
export async function GET() {
  return NextResponse.json({ documents: listMyDocuments().map(({ document }) => document) }, { headers: { 'Cache-Control': 'private, no-store' } });
}
