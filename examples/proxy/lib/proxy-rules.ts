// What the proxy does for each request its matcher lets in (proxy.ts on Next 16, middleware.ts on Next 15; both
// files only hold the matcher and call this). It makes an optimistic check: is there a session cookie at all? It
// cannot tell a live session from an ended one (on Next 15 it runs on the Edge runtime, away from the database),
// and it never runs for a path outside its matcher, so the action and the handlers check the session themselves.
import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookie } from './session-cookie';

export function guard(request: NextRequest): NextResponse {
  // A Server Action call: a POST to this page's path with a Next-Action header. The proxy sees that it is one, and
  // its id, a hash the build derived, not the function's name. So it can log or count action calls, but not tell
  // one operation from another in a way that survives the next build.
  const actionId = request.headers.get('next-action');
  if (actionId !== null) {
    console.log(`[proxy] action call to ${request.nextUrl.pathname}, id ${JSON.stringify(actionId.slice(0, 64))}`);
    // Let it through, session or not: a redirect here would answer the action's fetch with a page it cannot use.
    // The action checks the session and returns an error state the page can show.
    return NextResponse.next();
  }
  if (request.cookies.has(sessionCookie)) return NextResponse.next();
  if (request.nextUrl.pathname.startsWith('/api/')) {
    return NextResponse.json({ error: { code: 'unauthenticated', message: 'Sign in first.' } }, { status: 401 });
  }
  return NextResponse.redirect(new URL('/login', request.nextUrl));
}
