// The operation being limited: subscribe an email address to the newsletter.
import { z } from 'zod';

export const email = z.email('Enter a valid email address.').max(254);

const subscribers = ((globalThis as { __subscribers?: Set<string> }).__subscribers ??= new Set());

// The answer is the same whether or not the address was already on the list: a different status or message would
// let anyone find out who is subscribed.
export type SubscribeResult = { ok: true; email: string } | { ok: false; message: string };

export function subscribe(raw: unknown): SubscribeResult {
  const parsed = email.safeParse(typeof raw === 'string' ? raw.trim().toLowerCase() : raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  subscribers.add(parsed.data);
  return { ok: true, email: parsed.data };
}
