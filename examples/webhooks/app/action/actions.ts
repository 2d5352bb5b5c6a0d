'use server';

import { revalidatePath } from 'next/cache';
import { courseToolsEnabled } from '@/lib/course-tools';
import { testEvent, webhookSecret } from '@/lib/payments';
import { sign } from '@/lib/signature';

export type SendState = { status: 'idle' } | { status: 'sent' | 'failed'; message: string };

// Our own webhook, on loopback at the port `next dev` and `next start` put in PORT. Never build this URL from the
// request's Host or X-Forwarded-* headers: any caller could forge them and have us POST signed events anywhere.
const webhookUrl = () => `http://127.0.0.1:${process.env.PORT ?? 3000}/api/webhooks/payments`;

// A good job for an action: a button in our own UI. It plays the provider and sends a signed event to the
// webhook Route Handler over HTTP, exactly as the provider would. It is a course tool: anyone who can call it can
// record a payment, so a production server refuses (lib/course-tools.ts).
export async function sendTestEventAction(_prev: SendState): Promise<SendState> {
  if (!courseToolsEnabled()) return { status: 'failed', message: 'Test events are off on a production server.' };
  const body = JSON.stringify(testEvent());
  const response = await fetch(webhookUrl(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Webhook-Signature': sign(body, webhookSecret()) },
    body,
  }).catch(() => null);
  revalidatePath('/action');
  if (!response) return { status: 'failed', message: 'The webhook endpoint could not be reached.' };
  return response.ok
    ? { status: 'sent', message: 'Sent a signed event; the webhook accepted it.' }
    : { status: 'failed', message: 'Sent a signed event; the webhook refused it.' };
}
