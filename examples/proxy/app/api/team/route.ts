import { NextResponse, type NextRequest } from 'next/server';
import { verifySession } from '@/lib/dal';
import { readJson } from '@/lib/request-body';
import { isCrossSite } from '@/lib/same-origin';
import { readTeam, renameTeam } from '@/lib/team';

const fail = (status: number, code: string, message: string, extra: object = {}) => NextResponse.json({ error: { code, message, ...extra } }, { status });

export async function GET() {
  if (!(await verifySession())) return fail(401, 'unauthenticated', 'Sign in first.');
  return NextResponse.json({ team: readTeam() });
}

export async function POST(request: NextRequest) {
  // The session is a cookie, so another site's page must not be able to spend it (handlers get no CSRF check).
  if (isCrossSite(request.headers)) return fail(403, 'cross_site', 'This API takes requests from this site’s own pages only.');
  // The proxy let this request in because a session cookie was there; whether the session is live, only the
  // database knows.
  if (!(await verifySession())) return fail(401, 'unauthenticated', 'Your session has ended. Sign in again.');
  const body = await readJson(request, 4096);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = renameTeam(body.value);
  if (!result.ok) return fail(422, 'validation_failed', 'Some fields are invalid.', { fieldErrors: result.fieldErrors });
  return NextResponse.json({ team: readTeam() });
}
