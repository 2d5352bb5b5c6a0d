// Route Handlers get no CSRF check of their own (Server Actions do). A browser always sends `Origin` on a
// cross-site POST and a web page cannot forge `Host`, so compare the two, as Next.js does for actions; behind a
// proxy that rewrites Host, set APP_ORIGIN to the public origin instead. X-Forwarded-Host is not consulted: any
// client can write it. A request without `Origin` did not come from another site's page: it carries no reader's
// cookies, so it is no CSRF.
export function isCrossSite(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  let sent: URL;
  try {
    sent = new URL(origin);
  } catch {
    return true; // `Origin: null` (sandboxed frames, some redirects) is never our own page.
  }
  const configured = process.env.APP_ORIGIN;
  return configured ? sent.origin !== new URL(configured).origin : sent.host !== headers.get('host');
}
