// Stripe-style signatures: header `Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
// While the provider rotates its secret, it signs with the old and the new one and sends a v1 for each.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'webhook-signature';
export const toleranceSeconds = 300;

const hmac = (secret: string, timestamp: number, rawBody: string | Uint8Array) =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();

export function sign(rawBody: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, rawBody).toString('hex')}`;
}

export type Signature = { timestamp: number; v1: Buffer[] };
export type SignatureRefusal = 'missing_signature' | 'malformed_signature' | 'timestamp_out_of_tolerance';

/** Step one, before any of the body is read: a header that is missing, malformed or stale costs us nothing. */
export function parseSignature(header: string | null, now = Math.floor(Date.now() / 1000)): { ok: true; signature: Signature } | { ok: false; code: SignatureRefusal } {
  if (!header) return { ok: false, code: 'missing_signature' };
  const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string?]);
  const times = parts.filter(([name]) => name === 't');
  const v1 = parts.filter(([name]) => name === 'v1').map(([, value]) => value ?? '');
  const timestamp = Number(times[0]?.[1]);
  // One timestamp, and one to five signatures (a rotation sends two); every one must be well-formed.
  const wellFormed = times.length === 1 && Number.isInteger(timestamp) && v1.length >= 1 && v1.length <= 5 && v1.every((s) => /^[0-9a-f]{64}$/.test(s));
  if (!wellFormed) return { ok: false, code: 'malformed_signature' };
  if (Math.abs(now - timestamp) > toleranceSeconds) return { ok: false, code: 'timestamp_out_of_tolerance' };
  return { ok: true, signature: { timestamp, v1: v1.map((s) => Buffer.from(s, 'hex')) } };
}

/**
 * Step two, over the exact bytes received: parsing first and re-serialising would change them. Any one v1 that
 * matches is enough. Each comparison takes constant time.
 */
export function matches(signature: Signature, rawBody: Uint8Array, secret: string): boolean {
  const expected = hmac(secret, signature.timestamp, rawBody);
  return signature.v1.map((v1) => timingSafeEqual(expected, v1)).includes(true);
}
