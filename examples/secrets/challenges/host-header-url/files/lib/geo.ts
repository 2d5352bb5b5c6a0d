// Server-only: the domain function both sides share. It calls the third-party provider with a secret key.
import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { headers } from 'next/headers';
import { z } from 'zod';

// Opens only the fake provider inside this app, which accepts nothing else: it is no secret, and useless elsewhere.
const demoKey = 'demo-key-only-valid-for-the-fake-provider';

/**
 * Where to send the key. Without GEO_PROVIDER_URL, the fake provider inside this app is called at the address
 * the request came in on, so the example works on any host and port, behind a proxy too.
 */
async function provider(): Promise<{ url: URL; key: string }> {
  const configured = process.env.GEO_PROVIDER_URL;
  if (!configured) {
    const incoming = await headers();
    const host = incoming.get('x-forwarded-host') ?? incoming.get('host');
    return { url: new URL('/api/fake-provider/v1/geocode', `http://${host}`), key: demoKey };
  }
  const key = process.env.GEO_API_KEY;
  if (!key) throw new Error('GEO_PROVIDER_URL is set but GEO_API_KEY is not: set the key your provider gave you.');
  return { url: new URL(configured), key };
}

export const cityQuery = z.string({ error: 'Type a city name.' }).trim().min(2, 'Type at least 2 letters.').max(60, 'Type at most 60 letters.');

// The provider's answer crosses a trust boundary too: pass on only a well-formed place.
const place = z.object({ name: z.string(), country: z.string(), lat: z.number(), lon: z.number() });

export type Place = z.infer<typeof place>;
export type LookupResult =
  | { ok: true; place: Place }
  | { ok: false; code: 'invalid' | 'not_found' | 'provider_error'; message: string };

export async function lookupCity(rawName: unknown): Promise<LookupResult> {
  const name = cityQuery.safeParse(rawName);
  if (!name.success) return { ok: false, code: 'invalid', message: name.error.issues[0]!.message };
  const { url, key } = await provider();
  url.searchParams.set('q', name.data);
  const response = await fetch(url, { headers: { Authorization: `Bearer ${key}` }, cache: 'no-store' }).catch(() => null);
  if (!response) return { ok: false, code: 'provider_error', message: 'The provider could not be reached.' };
  if (response.status === 404) return { ok: false, code: 'not_found', message: `No city called “${name.data}”.` };
  const found = response.ok ? place.safeParse(await response.json().catch(() => null)) : null;
  if (!found?.success) return { ok: false, code: 'provider_error', message: 'The provider did not answer with a place.' };
  return { ok: true, place: found.data };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Used only by the fake provider route to check the key it receives, in constant time. */
export const isValidProviderKey = (header: string | null) => timingSafeEqual(digest(header ?? ''), digest(`Bearer ${demoKey}`));
