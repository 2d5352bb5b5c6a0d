// API keys for outside clients. A real app keeps hashed keys in a database; two demo clients are enough here.
import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { configuredSecret } from './configured-secret';

const digest = (key: string) => createHash('sha256').update(key).digest();

// Read on each call, not when the module loads: `next build` loads it too, and has no keys.
export const mobileKey = () => configuredSecret('MOBILE_API_KEY', 'key_mobile_demo_7d21');
export const partnerKey = () => configuredSecret('PARTNER_API_KEY', 'key_partner_demo_c90e');
const clients = () => [
  { name: 'mobile-app', keyHash: digest(mobileKey()) },
  { name: 'partner-shop', keyHash: digest(partnerKey()) },
];

/** The client's name for a valid `Authorization: Bearer <key>` header, else null. Compared in constant time. */
export function authenticate(header: string | null): string | null {
  const key = header?.match(/^Bearer (\S+)$/)?.[1];
  if (!key) return null;
  const hash = digest(key);
  return clients().find((c) => timingSafeEqual(c.keyHash, hash))?.name ?? null;
}
