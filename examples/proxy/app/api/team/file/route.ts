import { NextResponse, type NextRequest } from 'next/server';
import { verifySession } from '@/lib/dal';
import { readBytes } from '@/lib/request-body';
import { isCrossSite } from '@/lib/same-origin';
import { maxFileBytes, storeFile } from '@/lib/team';

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

// The team's file: up to 20 MB of raw bytes. The proxy covers this path, so Next.js buffers the body for it, and
// only as much as the proxy's body limit: next.config.ts raises that limit above 20 MB, or a larger upload would
// arrive here cut short, with no error.
export async function PUT(request: NextRequest) {
  if (isCrossSite(request.headers)) return fail(403, 'cross_site', 'This API takes requests from this site’s own pages only.');
  if (!(await verifySession())) return fail(401, 'unauthenticated', 'Your session has ended. Sign in again.');
  const body = await readBytes(request, maxFileBytes);
  if (!body.ok) return fail(body.status, body.code, body.message);
  if (body.bytes.byteLength === 0) return fail(400, 'empty', 'Send the file’s bytes as the body.');
  return NextResponse.json({ file: storeFile(body.bytes) }, { status: 201 });
}
