import { NextResponse, type NextRequest } from 'next/server';
import { transfer } from '@/lib/accounts';
import { readJson } from '@/lib/request-body';
import { isCrossSite } from '@/lib/same-origin';

// Each business error gets its own status code, so any HTTP client can react without parsing messages.
const statusFor = { validation_failed: 422, account_not_found: 404, insufficient_funds: 409 } as const;

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

export async function POST(request: NextRequest) {
  // In a real bank the session cookie rides along with every request, so another site's page must not get here.
  if (isCrossSite(request.headers)) return fail(403, 'cross_site_request', 'Transfers can only be made from this site.');
  // readJson insists on application/json: a text/plain body is a "simple request" any page may send cross-site.
  const body = await readJson(request, 4 * 1024);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = transfer(body.value);
  if (!result.ok) {
    const { ok: _ok, ...error } = result;
    return NextResponse.json({ error }, { status: statusFor[result.code] });
  }
  return NextResponse.json({ transfer: { id: result.id } }, { status: 201 });
}
