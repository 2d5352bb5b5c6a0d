import { NextResponse, type NextRequest } from 'next/server';
import { transfer } from '@/lib/accounts';

// Each business error gets its own status code, so any HTTP client can react without parsing messages.
const statusFor = { validation_failed: 422, account_not_found: 404, insufficient_funds: 409 } as const;

const fail = (status: number, code: string, message: string) => NextResponse.json({ error: { code, message } }, { status });

export async function POST(request: NextRequest) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return fail(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const result = transfer(body);
  if (!result.ok) {
    const { ok: _ok, ...error } = result;
    return NextResponse.json({ error }, { status: statusFor[result.code] });
  }
  return NextResponse.json({ transfer: { id: result.id } }, { status: 201 });
}
