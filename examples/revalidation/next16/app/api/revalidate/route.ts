import { revalidatePath, revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { readJson } from '@/lib/request-body';
import { isCms, revalidateTarget } from '@/lib/revalidate-request';

const maxBodyBytes = 1024; // { "tag": "articles" } is 19 bytes

const fail = (status: number, code: string, message: string, headers?: HeadersInit) =>
  NextResponse.json({ error: { code, message } }, { status, headers });

// The CMS calls this fixed URL after content changes. There is no GET: a link or a crawler cannot revalidate.
export async function POST(request: NextRequest) {
  // Cheap check first: without the secret, not one byte of the body is read.
  if (!isCms(request.headers.get('authorization'))) {
    return fail(401, 'unauthorized', 'Send Authorization: Bearer <the revalidation secret>.', { 'WWW-Authenticate': 'Bearer' });
  }
  const body = await readJson(request, maxBodyBytes);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const target = revalidateTarget.safeParse(body.value);
  if (!target.success) return fail(422, 'target_not_allowed', 'Send {"tag":"articles"}, {"path":"/action"} or {"path":"/handler"}.');

  // Nothing is re-rendered now. 'max' is stale-while-revalidate: the next visit still gets the old copy and starts a
  // refresh in the background; visits after the refresh get the new one. A path is expired at once instead.
  if ('tag' in target.data) revalidateTag(target.data.tag, 'max');
  else revalidatePath(target.data.path);
  return NextResponse.json({ revalidated: target.data });
}
