import { NextResponse, type NextRequest } from 'next/server';
import { idempotencyKey, transfer } from '@/lib/accounts';
import { readJson } from '@/lib/request-body';
import { isCrossSite } from '@/lib/same-origin';

// Each business error gets its own status code, so any HTTP client can react without parsing messages.
const statusFor = { validation_failed: 422, idempotency_key_reused: 422, account_not_found: 404, insufficient_funds: 409 } as const;

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

export async function POST(request: NextRequest) {
  // In a real bank the session cookie rides along with every request, so another site's page must not get here.
  if (isCrossSite(request.headers)) return fail(403, 'cross_site_request', 'Transfers can only be made from this site.');
  // readJson insists on application/json: a text/plain body is a "simple request" any page may send cross-site.
  const body = await readJson(request, 4 * 1024);
  if (!body.ok) return fail(body.status, body.code, body.message);
  // A client that may retry (a timeout, a dropped connection) sends one key per transfer and repeats it with every
  // attempt. Money moves once per key, whichever server instance each attempt reaches.
  const key = idempotencyKey.safeParse(request.headers.get('idempotency-key') ?? undefined);
  if (!key.success) return fail(400, 'idempotency_key_required', 'Send an Idempotency-Key header: 8 to 64 letters, digits, - or _, new for each transfer.');
  const result = transfer(body.value, key.data);
  if (!result.ok) {
    const { ok: _ok, ...error } = result;
    return NextResponse.json({ error }, { status: statusFor[result.code] });
  }
  const headers = result.replayed ? { 'Idempotent-Replayed': 'true' } : undefined;
  return NextResponse.json({ transfer: { id: result.id } }, { status: 201, headers });
}
