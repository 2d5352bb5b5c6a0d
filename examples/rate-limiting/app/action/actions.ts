'use server';

import { headers } from 'next/headers';
import { clientAddress } from '@/lib/client-address';
import { consume } from '@/lib/limiter';
import { subscribe } from '@/lib/newsletter';

export type SubscribeState = { status: 'idle' } | { status: 'subscribed' | 'error' | 'rate_limited'; message: string };

// Rate limiting does not need a Route Handler: the same limiter works here, and the answer is returned state.
export async function subscribeAction(_prev: SubscribeState, formData: FormData): Promise<SubscribeState> {
  const gate = await consume(clientAddress(await headers()));
  if (!gate.ok) return { status: 'rate_limited', message: `Too many requests. Try again in ${gate.retryAfterSeconds} s.` };
  // An action is a public endpoint: its arguments are whatever the caller encoded, not necessarily a form.
  const email = formData instanceof FormData ? formData.get('email') : null;
  const result = subscribe(email);
  if (!result.ok) return { status: 'error', message: result.message };
  return { status: 'subscribed', message: `Subscribed ${result.email}.` };
}
