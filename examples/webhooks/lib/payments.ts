// The domain logic: which events we accept, and recording them exactly once.
import { z } from 'zod';
import { configuredSecret } from './configured-secret';

// The secret the provider signs with: from the environment, or a demo value in the sandbox and `next dev` only.
export const webhookSecret = () => configuredSecret('WEBHOOK_SECRET', 'whsec_demo_5b1f0c8e');

export const paymentEvent = z.object({
  id: z.string().regex(/^evt_[A-Za-z0-9]{6,40}$/),
  type: z.enum(['payment.succeeded', 'payment.failed']),
  data: z.object({
    paymentId: z.string().min(1).max(64),
    amount: z.number().int().positive(),
    currency: z.string().regex(/^[a-z]{3}$/),
  }),
});

export type PaymentEvent = z.infer<typeof paymentEvent>;
export type Payment = PaymentEvent['data'] & { eventId: string; status: 'succeeded' | 'failed'; receivedAt: string };

const store = ((globalThis as { __payments?: Map<string, Payment> }).__payments ??= new Map());

export function listPayments(): Payment[] {
  return [...store.values()];
}

/** Providers retry and may deliver an event twice: recording is idempotent by event id. */
export function recordEvent(event: PaymentEvent): { duplicate: boolean } {
  if (store.has(event.id)) return { duplicate: true };
  store.set(event.id, {
    ...event.data,
    eventId: event.id,
    status: event.type === 'payment.succeeded' ? 'succeeded' : 'failed',
    receivedAt: new Date().toISOString(),
  });
  return { duplicate: false };
}

export function testEvent(): PaymentEvent {
  const suffix = Math.random().toString(36).slice(2, 10);
  return { id: `evt_${suffix}`, type: 'payment.succeeded', data: { paymentId: `pay_${suffix}`, amount: 4200, currency: 'eur' } };
}
