import { NextResponse, type NextRequest } from 'next/server';
import { idempotencyKey, transfer } from '@/lib/accounts';

// Each business error gets its own status code, so any HTTP client can react without parsing messages.
const statusFor = { validation_failed: 422, idempotency_key_reused: 422, account_not_found: 404, insufficient_funds: 409 } as const;

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

export async function POST(request: NextRequest) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return fail(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const key = idempotencyKey.safeParse(request.headers.get('idempotency-key') ?? undefined);
  if (!key.success) return fail(400, 'idempotency_key_required', 'Send an Idempotency-Key header: 8 to 64 letters, digits, - or _, new for each transfer.');
  const result = transfer(body, key.data);
  if (!result.ok) {
    const { ok: _ok, ...error } = result;
    return NextResponse.json({ error }, { status: statusFor[result.code] });
  }
  const headers = result.replayed ? { 'Idempotent-Replayed': 'true' } : undefined;
  return NextResponse.json({ transfer: { id: result.id } }, { status: 201, headers });
}
