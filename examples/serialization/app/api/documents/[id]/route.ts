import { NextResponse } from 'next/server';
import { getMyDocument } from '@/lib/documents';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = getMyDocument(id);
  const headers = { 'Cache-Control': 'private, no-store' }; // this user's answer, for no shared cache
  if (!result.ok) return NextResponse.json({ error: { code: result.code, message: result.message } }, { status: 404, headers });
  // The DTO, never the record: what is not in its allow-list cannot leak through this response.
  return NextResponse.json({ document: result.document }, { headers });
}
