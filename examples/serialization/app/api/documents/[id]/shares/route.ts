import { NextResponse } from 'next/server';
import { shareDocument } from '@/lib/documents';
import { readJson } from '@/lib/request-body';

const fail = (status: number, error: object) => NextResponse.json({ error }, { status });

// POST {"username":"grace"} shares the document in the URL, if the signed-in user owns it.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // JSON only (a text/plain body is a cross-site "simple request"), and at most 1 KB, counted as it arrives.
  const body = await readJson(request, 1024);
  if (!body.ok) return fail(body.status, { code: body.code, message: body.message });
  const result = shareDocument(id, body.value);
  if (!result.ok) {
    const { ok: _ok, ...error } = result;
    return fail(result.code === 'not_found' ? 404 : 422, error);
  }
  return NextResponse.json({ document: result.document });
}
