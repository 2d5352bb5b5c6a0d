import { NextResponse, type NextRequest } from 'next/server';
import { contentCheck, contentMismatch, handlerMaxBytes, listUploads, saveUpload, sha256, uploadMeta } from '@/lib/uploads';

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

// The raw file is the body: Content-Type is its type, X-File-Name its (URI-encoded) name. Everything the headers
// can tell is checked before a byte is read; then the body is read as a stream, so an oversized upload or one
// whose bytes do not match its type is refused at the first chunk that shows it, without buffering the file.
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
  const declared = Number(request.headers.get('content-length'));
  if (declared > handlerMaxBytes) return fail(413, 'payload_too_large', 'The file is larger than 5 MB.');
  if (!request.body) return fail(400, 'empty_body', 'Send the file as the request body.');

  const hash = sha256();
  const check = contentCheck(meta.data.type);
  let size = 0;
  const reader = request.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > handlerMaxBytes) {
      await reader.cancel().catch(() => undefined); // a client that already left must not turn the answer into a 500
      return fail(413, 'payload_too_large', 'The file is larger than 5 MB.');
    }
    if (!check.update(chunk.value)) {
      await reader.cancel().catch(() => undefined); // a client that already left must not turn the answer into a 500
      return fail(415, 'content_mismatch', contentMismatch(meta.data.type));
    }
    hash.update(chunk.value);
  }
  if (size === 0) return fail(400, 'empty_body', 'The file is empty.');
  if (!check.end()) return fail(415, 'content_mismatch', contentMismatch(meta.data.type));
  return NextResponse.json({ upload: saveUpload(meta.data, size, hash.digest('hex'), 'handler') }, { status: 201 });
}

export async function GET() {
  return NextResponse.json({ uploads: listUploads() });
}
