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
  | { ok: false; code: 'invalid' | 'not_found' | 'provider_error' | 'busy'; message: string };

export async function lookupCity(rawName: unknown): Promise<LookupResult> {
  const name = cityQuery.safeParse(rawName);
  if (!name.success) return { ok: false, code: 'invalid', message: name.error.issues[0]!.message };
  // Anyone can ask, and every question to the provider is billed to our key: answer repeats from the cache, and
  // spend at most a fixed number of provider calls a minute.
  const cacheKey = name.data.toLowerCase();
  const cached = answers.get(cacheKey);
  if (cached && cached.until > Date.now()) return cached.result;
  if (!spendProviderCall()) return { ok: false, code: 'busy', message: 'Too many lookups right now. Try again in a minute.' };
  const result = await askProvider(name.data);
  if (result.ok || result.code === 'not_found') remember(cacheKey, result);
  return result;
}

async function askProvider(name: string): Promise<LookupResult> {
  const { url, key } = await provider();
  url.searchParams.set('q', name);
  // A provider that never answers must not hold the request (and the visitor) forever.
  const signal = AbortSignal.timeout(5_000);
  const response = await fetch(url, { headers: { Authorization: `Bearer ${key}` }, cache: 'no-store', signal }).catch(() => null);
  if (!response) return { ok: false, code: 'provider_error', message: 'The provider could not be reached in time.' };
  if (response.status === 404) return { ok: false, code: 'not_found', message: `No city called “${name}”.` };
  const found = response.ok ? place.safeParse(await response.json().catch(() => null)) : null;
  if (!found?.success) return { ok: false, code: 'provider_error', message: 'The provider did not answer with a place.' };
  return { ok: true, place: found.data };
}

// In this process's memory, which is fine for a cache (losing it costs a provider call) and bounded: the oldest
// answer goes first. Each server process keeps its own cache and its own budget; with several, the budget is per
// process, so a shared store (Redis, say) is what keeps one budget for the whole deployment.
const cacheSeconds = 10 * 60;
const cacheEntries = 500;
const callsPerMinute = Number(process.env.GEO_CALLS_PER_MINUTE) || 60;
const answers = new Map<string, { result: LookupResult; until: number }>();
const recentCalls: number[] = []; // when each provider call of the last minute was made, oldest first

function remember(name: string, result: LookupResult) {
  answers.delete(name);
  answers.set(name, { result, until: Date.now() + cacheSeconds * 1000 });
  if (answers.size > cacheEntries) answers.delete(answers.keys().next().value!);
}

function spendProviderCall(): boolean {
  const now = Date.now();
  while (recentCalls.length > 0 && recentCalls[0]! <= now - 60_000) recentCalls.shift();
  if (recentCalls.length >= callsPerMinute) return false;
  recentCalls.push(now);
  return true;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Used only by the fake provider route to check the key it receives, in constant time. */
export const isValidProviderKey = (header: string | null) => timingSafeEqual(digest(header ?? ''), digest(`Bearer ${demoKey}`));
