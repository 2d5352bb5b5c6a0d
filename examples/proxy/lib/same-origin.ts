// Route Handlers get no CSRF check of their own (Server Actions do): a handler that acts on the reader's cookies
// must refuse requests that another site's page sent.
//
// 1. Modern browsers say where a request comes from in Sec-Fetch-Site (to HTTPS and localhost origins; over plain
//    http only rule 2 applies), a header no page can set or change:
//    `same-origin` is our own page, `none` the reader themself (address bar, bookmark). Anything else, including
//    `same-site` (a sibling subdomain may not be ours), is refused.
// 2. Without it (an older browser, or a plain-http site), a browser still sends Origin on a cross-site POST. Compare it with the host the reader asked
//    for, as Next.js does for actions: X-Forwarded-Host when a proxy in front rewrote Host, else Host; or APP_ORIGIN
//    when it is set. A page on another site cannot set either header without a CORS preflight, which this app never
//    grants.
// 3. A request with neither header came from no browser page, so it carries no reader's cookies on another site's
//    behalf: it is not CSRF (it may still be an attack, which the handler's other checks are for).
export function isCrossSite(headers: Headers): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null) return site !== 'same-origin' && site !== 'none';
  const origin = headers.get('origin');
  if (origin === null) return false;
  let sent: URL;
  try {
    sent = new URL(origin);
  } catch {
    return true; // `Origin: null` (sandboxed frames, some redirects) is never our own page.
  }
  const configured = process.env.APP_ORIGIN;
  if (configured) return sent.origin !== new URL(configured).origin;
  // The host the reader asked for: what a proxy in front says it was, else Host.
  const askedFor = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  return sent.host !== askedFor;
}
