// Which address a request came from, for keying a per-client limit (requests per minute, open streams).
//
// No App Router API gives a handler or an action the socket address, and `next start` passes on whatever
// X-Forwarded-For the client sent: it fills the header from the socket only when the request has none. So a bare
// `next start` cannot tell clients apart safely. The address must come from a proxy you run in front of the app
// (and the app must be reachable only through it). Each proxy appends, at the right end of X-Forwarded-For, the
// address it received the request from; everything further left was sent by the client and can say anything.
// With N proxies in front, the client is the entry N places from the right end.

/** How many proxies in front of the app append to X-Forwarded-For. Configuration only, never a request header. */
export function trustedProxyCount(): number {
  const raw = process.env.TRUSTED_PROXY_COUNT ?? '';
  if (!/^\d?$/.test(raw)) throw new Error(`TRUSTED_PROXY_COUNT must be a whole number from 0 to 9, not "${raw}".`);
  return Number(raw);
}

/** The key when no proxy says who is who: every client shares it, so a limit keyed on it is one limit for all. */
export const everyone = 'everyone';

export function clientAddress(headers: Headers, proxies = trustedProxyCount()): string {
  if (proxies === 0) return everyone;
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not pass through all of them, so no entry is trustworthy.
  return hops.length >= proxies ? hops[hops.length - proxies]! : everyone;
}
