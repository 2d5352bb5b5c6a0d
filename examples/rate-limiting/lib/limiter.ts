// One rate limit for the "subscribe" operation, used by both sides: 5 attempts per client per minute.
import { RateLimiterMemory } from 'rate-limiter-flexible';

export const limit = { points: 5, duration: 60 };

// Memory store: right for one server process. With several instances, use the library's Redis store instead.
const limiter = ((globalThis as { __limiter?: RateLimiterMemory }).__limiter ??= new RateLimiterMemory({ keyPrefix: 'subscribe', ...limit }));

export type LimitResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

export async function consume(key: string): Promise<LimitResult> {
  try {
    const res = await limiter.consume(key);
    return { ok: true, remaining: res.remainingPoints };
  } catch (rejection) {
    // A refusal is a RateLimiterRes; anything else is a store error. Checked by shape, not instanceof: the
    // action's bundle and the handler's bundle each load their own copy of the class, but share this limiter.
    const msBeforeNext = (rejection as { msBeforeNext?: unknown }).msBeforeNext;
    if (typeof msBeforeNext === 'number') return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
    throw rejection;
  }
}
