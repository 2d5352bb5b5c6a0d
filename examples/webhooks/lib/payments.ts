// The domain logic: which events we accept, and recording them exactly once.
import 'server-only';
import { z } from 'zod';
import { configuredSecret } from './configured-secret';
import { db } from './db';

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

/** The most recent payments, newest first: a page shows a bounded list however many events arrive. */
export function listPayments(limit = 50): Payment[] {
  return db().all<Payment>(
    `SELECT event_id AS eventId, payment_id AS paymentId, amount, currency, status, received_at AS receivedAt
     FROM payments ORDER BY received_at DESC, event_id LIMIT ?`,
    limit,
  );
}

/**
 * Providers retry, and may deliver one event to two of your servers at once: the insert lets exactly one of them
 * in, because the event id is the table's primary key. Database work the event triggers (mark the order paid)
 * belongs in the same transaction as this insert, so it too happens once; an email goes in an outbox row there.
 */
export function recordEvent(event: PaymentEvent): { duplicate: boolean } {
  const inserted = db().get(
    `INSERT INTO payments (event_id, payment_id, amount, currency, status, received_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (event_id) DO NOTHING
     RETURNING event_id`,
    event.id,
    event.data.paymentId,
    event.data.amount,
    event.data.currency,
    event.type === 'payment.succeeded' ? 'succeeded' : 'failed',
    new Date().toISOString(),
  );
  return { duplicate: !inserted };
}

export function testEvent(): PaymentEvent {
  const suffix = Math.random().toString(36).slice(2, 10);
  return { id: `evt_${suffix}`, type: 'payment.succeeded', data: { paymentId: `pay_${suffix}`, amount: 4200, currency: 'eur' } };
}
