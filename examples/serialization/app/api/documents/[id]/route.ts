import { NextResponse } from 'next/server';
import { getMyDocument } from '@/lib/documents';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = getMyDocument(id);
  if (!result.ok) return NextResponse.json({ error: { code: result.code, message: result.message } }, { status: 404 });
  // The DTO, never the record: what is not in its allow-list cannot leak through this response.
  return NextResponse.json({ document: result.document });
}
