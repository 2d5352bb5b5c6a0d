'use server';

import { headers } from 'next/headers';
import { lookupCity, type LookupResult } from '@/lib/geo';

export type LookupState = { status: 'idle' } | LookupResult;

// The key is used inside lookupCity on the server; only the result goes back to the browser.
export async function lookupCityAction(_prev: LookupState, formData: FormData): Promise<LookupState> {
  const h = await headers();
  const origin = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host')}`;
  return lookupCity(formData.get('city'), origin);
}
