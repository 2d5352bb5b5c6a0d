// Stripe-style signatures: header `Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'webhook-signature';
export const toleranceSeconds = 300;

const hmac = (secret: string, timestamp: number, rawBody: string | Uint8Array) =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();

export function sign(rawBody: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, rawBody).toString('hex')}`;
}

export type Signature = { timestamp: number; v1: Buffer };
export type SignatureRefusal = 'missing_signature' | 'malformed_signature' | 'timestamp_out_of_tolerance';

/** Step one, before any of the body is read: a header that is missing, malformed or stale costs us nothing. */
export function parseSignature(header: string | null, now = Math.floor(Date.now() / 1000)): { ok: true; signature: Signature } | { ok: false; code: SignatureRefusal } {
  if (!header) return { ok: false, code: 'missing_signature' };
  const parts = Object.fromEntries(header.split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? '')) return { ok: false, code: 'malformed_signature' };
  if (Math.abs(now - timestamp) > toleranceSeconds) return { ok: false, code: 'timestamp_out_of_tolerance' };
  return { ok: true, signature: { timestamp, v1: Buffer.from(parts.v1!, 'hex') } };
}

/** Step two, over the exact bytes received: parsing first and re-serialising would change them. Constant time. */
export function matches(signature: Signature, rawBody: Uint8Array, secret: string): boolean {
  return timingSafeEqual(hmac(secret, signature.timestamp, rawBody), signature.v1);
}
