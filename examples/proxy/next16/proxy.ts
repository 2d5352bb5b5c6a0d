// The proxy (Next 15 called it middleware: the sandbox's middleware.ts). The rules are in lib/proxy-rules.ts; the
// matcher must be written here, as a literal, because Next.js reads it at build time. It covers the team's pages and
// API, and not the home page: an action posted to / never meets it.
import type { NextRequest } from 'next/server';
import { guard } from '@/lib/proxy-rules';

export function proxy(request: NextRequest) {
  return guard(request);
}

export const config = {
  matcher: ['/team/:path*', '/api/team/:path*'],
};
