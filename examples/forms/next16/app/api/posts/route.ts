import { revalidateTag } from 'next/cache';
import { NextResponse, type NextRequest } from 'next/server';
import { getPosts, postsTag } from '@/lib/cached-posts';
import { createPost } from '@/lib/posts';
import { readJson } from '@/lib/request-body';

const maxBodyBytes = 16 * 1024;

// One error shape for every failure: { error: { code, message, fieldErrors? } }.
const fail = (status: number, code: string, message: string, fieldErrors?: object, headers?: HeadersInit) =>
  NextResponse.json({ error: { code, message, ...(fieldErrors && { fieldErrors }) } }, { status, headers });

export async function GET() {
  return NextResponse.json({ posts: await getPosts() });
}

export async function POST(request: NextRequest) {
  const body = await readJson(request, maxBodyBytes);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = createPost(body.value);
  if (!result.ok && result.code === 'busy') {
    return fail(429, 'too_many_posts', 'Too many new posts right now.', undefined, { 'Retry-After': String(result.retryAfterSeconds) });
  }
  if (!result.ok) return fail(422, 'validation_failed', 'Some fields are invalid.', result.fieldErrors);
  // updateTag is for Server Actions only. { expire: 0 } expires the list at once, so the client's router.refresh()
  // right after this answer gets the new post; 'max' would serve that refresh the stale list and update it later.
  revalidateTag(postsTag, { expire: 0 });
  return NextResponse.json({ post: result.post }, { status: 201 });
}
