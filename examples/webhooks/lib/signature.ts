// Stripe-style signatures: header `Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'webhook-signature';
export const toleranceSeconds = 300;

export function sign(rawBody: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

export type Verification = { ok: true } | { ok: false; code: 'missing_signature' | 'malformed_signature' | 'timestamp_out_of_tolerance' | 'invalid_signature' };

/** Checks the signature over the exact bytes received; parsing first and re-serialising would change them. */
export function verify(rawBody: string, header: string | null, secret: string, now = Math.floor(Date.now() / 1000)): Verification {
  if (!header) return { ok: false, code: 'missing_signature' };
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? '')) return { ok: false, code: 'malformed_signature' };
  if (Math.abs(now - timestamp) > toleranceSeconds) return { ok: false, code: 'timestamp_out_of_tolerance' };
  const expected = Buffer.from(sign(rawBody, secret, timestamp).split('v1=')[1]!, 'hex');
  const received = Buffer.from(parts.v1!, 'hex');
  return timingSafeEqual(expected, received) ? { ok: true } : { ok: false, code: 'invalid_signature' };
}
