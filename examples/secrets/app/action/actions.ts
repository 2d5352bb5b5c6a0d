'use server';

import { lookupCity, type LookupResult } from '@/lib/geo';

export type LookupState = { status: 'idle' } | LookupResult;

// The key is used inside lookupCity on the server; only the result goes back to the browser. Like any action,
// this is a public endpoint: a script can send it arguments that are not our form.
export async function lookupCityAction(_prev: LookupState, formData: FormData): Promise<LookupState> {
  if (!(formData instanceof FormData)) return { ok: false, code: 'invalid', message: 'Send the lookup form.' };
  return lookupCity(formData.get('city'));
}
