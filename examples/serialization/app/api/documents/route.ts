import { NextResponse } from 'next/server';
import { listMyDocuments } from '@/lib/documents';

// Only the DTOs: the row ids that listMyDocuments also returns stay here.
export async function GET() {
  return NextResponse.json({ documents: listMyDocuments().map(({ document }) => document) });
}
