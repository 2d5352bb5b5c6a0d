// Which address a request really came from, for keying a per-client limit (requests per minute, open streams).
//
// X-Forwarded-For is a list that each proxy extends on the right with the address it received the request from.
// Everything left of what your own proxies wrote was sent by the client and can say anything: keying a limit on
// the leftmost entry lets an attacker rotate it to escape the limit, or write a victim's address to lock them out.
// So count from the right: with N trusted proxies in front (your host's documentation says how many), the client
// is the entry N places from the right end. instrumentation.ts makes the app itself append the socket address,
// so N = 0 (a bare `next start`, no proxy) means "the address that connected".

/** How many proxies you run in front of the app. Configuration only, never a request header. */
export function trustedProxyCount(): number {
  const raw = process.env.TRUSTED_PROXY_COUNT ?? '0';
  if (!/^\d{1,2}$/.test(raw)) throw new Error(`TRUSTED_PROXY_COUNT must be a small whole number, not "${raw}".`);
  return Number(raw);
}

export function clientAddress(headers: Headers, proxies = trustedProxyCount()): string {
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer hops than proxies means the request did not come through them; the leftmost is then the best we have.
  return hops[Math.max(0, hops.length - 1 - proxies)] ?? 'unknown';
}
