import { NextResponse, type NextRequest } from 'next/server';
import { signIn, signOut } from '@/lib/auth';
import { verifySession } from '@/lib/dal';
import { readJson } from '@/lib/request-body';
import { isCrossSite } from '@/lib/same-origin';

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

/** Who is signed in: 200 with the user, or 401. */
export async function GET() {
  const session = await verifySession();
  if (!session) return fail(401, 'unauthenticated', 'Not signed in.');
  return NextResponse.json({ user: { id: session.userId, name: session.name } });
}

/** Sign in: JSON `{ username, password }`. 200 and a session cookie, or 401 for any wrong pair. */
export async function POST(request: NextRequest) {
  // Another site's page must not sign the reader in to an account of its choosing (login CSRF).
  if (isCrossSite(request.headers)) return fail(403, 'cross_site_request', 'Sign in from this site.');
  const body = await readJson(request, 1024);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = await signIn(body.value);
  if (!result.ok) return fail(result.code === 'invalid_credentials' ? 401 : 422, result.code, result.message);
  return NextResponse.json({ user: result.user });
}

/** Sign out: deletes the session cookie. 204 whether or not there was one. */
export async function DELETE(request: NextRequest) {
  if (isCrossSite(request.headers)) return fail(403, 'cross_site_request', 'Sign out from this site.');
  await signOut();
  return new NextResponse(null, { status: 204 });
}
