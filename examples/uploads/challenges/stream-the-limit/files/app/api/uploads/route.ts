import { NextResponse, type NextRequest } from 'next/server';
import { contentMismatch, handlerMaxBytes, listUploads, matchesType, saveUpload, sha256, uploadMeta } from '@/lib/uploads';

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

// The raw file is the body: Content-Type is its type, X-File-Name its (URI-encoded) name.
export async function POST(request: NextRequest) {
  let name = '';
  try {
    name = decodeURIComponent(request.headers.get('x-file-name') ?? '');
  } catch {
    return fail(400, 'invalid_name', 'X-File-Name must be URI-encoded.');
  }
  const meta = uploadMeta.safeParse({ name, type: request.headers.get('content-type')?.split(';')[0] });
  if (!meta.success) {
    const unsupported = meta.error.issues.some((i) => i.path[0] === 'type');
    return fail(unsupported ? 415 : 400, unsupported ? 'unsupported_media_type' : 'invalid_name', meta.error.issues[0]!.message);
  }

  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > handlerMaxBytes) return fail(413, 'payload_too_large', 'The file is larger than 5 MB.');
  if (bytes.byteLength === 0) return fail(400, 'empty_body', 'The file is empty.');
  if (!matchesType(meta.data.type, bytes)) return fail(415, 'content_mismatch', contentMismatch(meta.data.type));
  return NextResponse.json({ upload: saveUpload(meta.data, bytes.byteLength, sha256().update(bytes).digest('hex'), 'handler') }, { status: 201 });
}

export async function GET() {
  return NextResponse.json({ uploads: listUploads() });
}
