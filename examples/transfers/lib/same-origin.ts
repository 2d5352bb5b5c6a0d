// Route Handlers get no CSRF check of their own (Server Actions do). A browser always sends `Origin` on a
// cross-site POST and a web page cannot forge `Host`, so compare the two, as Next.js does for actions. A request
// without `Origin` did not come from another site's page: it carries no reader's cookies, so it is no CSRF.
export function isCrossSite(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // `Origin: null` (sandboxed frames, some redirects) is never our own page.
  }
}
