'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { testEvent, webhookSecret } from '@/lib/payments';
import { sign } from '@/lib/signature';

export type SendState = { status: 'idle' } | { status: 'sent' | 'failed'; message: string };

// A good job for an action: a button in our own UI. It plays the provider and sends a signed event to the
// webhook Route Handler over HTTP, exactly as the provider would.
export async function sendTestEventAction(_prev: SendState): Promise<SendState> {
  const h = await headers();
  const url = `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host')}/api/webhooks/payments`;
  const body = JSON.stringify(testEvent());
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Webhook-Signature': sign(body, webhookSecret) },
    body,
  }).catch(() => null);
  revalidatePath('/action');
  if (!response) return { status: 'failed', message: 'The webhook endpoint could not be reached.' };
  return { status: response.ok ? 'sent' : 'failed', message: `Sent a signed event; the webhook answered ${response.status}.` };
}
