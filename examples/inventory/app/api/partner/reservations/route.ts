import { createHash, timingSafeEqual } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { configuredSecret } from '@/lib/configured-secret';
import { idempotencyKey, reserve } from '@/lib/inventory';
import { readJson } from '@/lib/request-body';

// One partner key, from the environment (a demo value in the sandbox and `next dev` only). A real partner API keeps
// hashed keys per partner (see the "integrations" example).
const partnerKey = () => configuredSecret('PARTNER_API_KEY', 'key_partner_demo_41aa');
const statusFor = { validation_failed: 422, idempotency_key_reused: 422, not_found: 404, out_of_stock: 409, hold_limit: 409 } as const;
const maxBodyBytes = 4 * 1024;

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

// `!==` returns at the first differing character, so its timing tells an attacker how much of a guess was right.
// timingSafeEqual takes as long for any guess; hashing first gives it two inputs of equal length.
const sha256 = (text: string) => createHash('sha256').update(text).digest();
const isPartner = (request: NextRequest) =>
  timingSafeEqual(sha256(request.headers.get('authorization') ?? ''), sha256(`Bearer ${partnerKey()}`));

export async function POST(request: NextRequest) {
  // The key is checked before any of the body is read.
  if (!isPartner(request)) return fail(401, 'unauthorized', 'Send Authorization: Bearer <partner key>.');
  // Optional: a partner that may retry sends the same key with each attempt, and gets the first answer again.
  const keyHeader = request.headers.get('idempotency-key');
  const key = keyHeader === null ? undefined : idempotencyKey.safeParse(keyHeader);
  if (key && !key.success) return fail(400, 'invalid_idempotency_key', key.error.issues[0]!.message);
  const body = await readJson(request, maxBodyBytes);
  if (!body.ok) return fail(body.status, body.code, body.message);
  const result = reserve(body.value, 'partner-api', { key: key?.data });
  if (!result.ok) {
    // A 409 says how many are left (`available`), so the partner can offer that instead.
    const { ok: _ok, ...error } = result;
    return NextResponse.json({ error }, { status: statusFor[result.code] });
  }
  const headers = result.replayed ? { 'Idempotent-Replayed': 'true' } : undefined;
  return NextResponse.json({ reservation: result.reservation, remaining: result.remaining }, { status: 201, headers });
}
