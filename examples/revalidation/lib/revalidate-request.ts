// What the CMS may ask the revalidation webhook to do, and how the webhook knows the caller is the CMS.
import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { configuredSecret } from './configured-secret';

// Set REVALIDATE_SECRET to your own value, and give the same value to the CMS. The demo value works only in the
// sandbox and under `next dev`.
const secret = () => configuredSecret('REVALIDATE_SECRET', 'cms_demo_7f3a91c2');

// Only these. A caller who could name any tag or path could empty your whole cache, again and again, and every
// visitor would pay for the refill.
export const allowedTags = ['articles'] as const;
export const allowedPaths = ['/action', '/handler'] as const;

/** Exactly one target: { "tag": "articles" } or { "path": "/handler" }. Unknown keys are refused too. */
export const revalidateTarget = z.union([z.strictObject({ tag: z.enum(allowedTags) }), z.strictObject({ path: z.enum(allowedPaths) })]);

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * `Authorization: Bearer <secret>`, compared in constant time. Hashing both sides first gives them the same length,
 * which timingSafeEqual needs, so the comparison does not reveal the secret's length either.
 */
export function isCms(authorization: string | null): boolean {
  const match = /^Bearer ([\x21-\x7e]{1,200})$/.exec(authorization ?? '');
  return !!match && timingSafeEqual(sha256(match[1]!), sha256(secret()));
}
