// Server-only: the domain function both sides share. It calls the third-party provider with a secret key.
import 'server-only';
import { z } from 'zod';

// A real app reads this from its environment only. The fallback keeps the example runnable; it is a demo value.
const apiKey = process.env.GEO_API_KEY ?? 'sk_demo_9f3b7c1e5a2d';

export const cityQuery = z.string().trim().min(2, 'Type at least 2 letters.').max(60, 'Type at most 60 letters.');

export type Place = { name: string; country: string; lat: number; lon: number };
export type LookupResult =
  | { ok: true; place: Place }
  | { ok: false; code: 'invalid' | 'not_found' | 'provider_error'; message: string };

/** Looks a city up at the provider. `origin` is where the (fake) provider lives: this same app. */
export async function lookupCity(rawName: unknown, origin: string): Promise<LookupResult> {
  const name = cityQuery.safeParse(rawName);
  if (!name.success) return { ok: false, code: 'invalid', message: name.error.issues[0]!.message };
  const url = new URL('/api/fake-provider/v1/geocode', origin);
  url.searchParams.set('q', name.data);
  const response = await fetch(url, { headers: { Authorization: `Bearer ${apiKey}` }, cache: 'no-store' }).catch(() => null);
  if (!response) return { ok: false, code: 'provider_error', message: 'The provider could not be reached.' };
  if (response.status === 404) return { ok: false, code: 'not_found', message: `No city called “${name.data}”.` };
  if (!response.ok) return { ok: false, code: 'provider_error', message: `The provider answered ${response.status}.` };
  return { ok: true, place: (await response.json()) as Place };
}

/** Used only by the fake provider route to check the key it receives. */
export const isValidProviderKey = (header: string | null) => header === `Bearer ${apiKey}`;
