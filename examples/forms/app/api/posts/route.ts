import { NextResponse, type NextRequest } from 'next/server';
import { createPost, listPosts } from '@/lib/posts';

const maxBodyBytes = 16 * 1024;

// One error shape for every failure: { error: { code, message, fieldErrors? } }.
const fail = (status: number, code: string, message: string, fieldErrors?: object) =>
  NextResponse.json({ error: { code, message, ...(fieldErrors && { fieldErrors }) } }, { status });

export async function GET() {
  return NextResponse.json({ posts: listPosts() });
}

export async function POST(request: NextRequest) {
  if (!request.headers.get('content-type')?.startsWith('application/json')) {
    return fail(415, 'unsupported_media_type', 'Send the post as JSON with Content-Type: application/json.');
  }
  const text = await request.text();
  if (new TextEncoder().encode(text).byteLength > maxBodyBytes) {
    return fail(413, 'payload_too_large', `The body must be at most ${maxBodyBytes} bytes.`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return fail(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const result = createPost(input);
  if (!result.ok) return fail(422, 'validation_failed', 'Some fields are invalid.', result.fieldErrors);
  return NextResponse.json({ post: result.post }, { status: 201 });
}
