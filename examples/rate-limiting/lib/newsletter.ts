// The operation being limited: subscribe an email address to the newsletter.
import { z } from 'zod';

export const email = z.email('Enter a valid email address.').max(254);

const subscribers = ((globalThis as { __subscribers?: Set<string> }).__subscribers ??= new Set());

export type SubscribeResult = { ok: true; email: string; alreadySubscribed: boolean } | { ok: false; message: string };

export function subscribe(raw: unknown): SubscribeResult {
  const parsed = email.safeParse(typeof raw === 'string' ? raw.trim().toLowerCase() : raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  const alreadySubscribed = subscribers.has(parsed.data);
  subscribers.add(parsed.data);
  return { ok: true, email: parsed.data, alreadySubscribed };
}

export const subscriberCount = () => subscribers.size;
