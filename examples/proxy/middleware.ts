// The proxy under its Next 15 name (Next 16 calls the file proxy.ts and the function proxy: next16/proxy.ts). The
// rules are in lib/proxy-rules.ts; the matcher must be written here, as a literal, because Next.js reads it at
// build time. It covers the team's pages and API, and not the home page: an action posted to / never meets it.
import type { NextRequest } from 'next/server';
import { guard } from '@/lib/proxy-rules';

export function middleware(request: NextRequest) {
  return guard(request);
}

export const config = {
  matcher: ['/team/:path*', '/api/team/:path*'],
};
