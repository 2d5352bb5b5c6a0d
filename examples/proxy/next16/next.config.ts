import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

// Sent with every answer. nosniff: a browser never guesses another type than the Content-Type says.
// frame-ancestors 'none': no other site can show these pages in a frame to trick a click out of the reader
// (clickjacking). Left out under `next dev` only, because the live sandbox shows the app in a frame.
const securityHeaders = (phase: string) => [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  ...(phase === PHASE_DEVELOPMENT_SERVER ? [] : [{ key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }]),
];

// When the proxy runs for a request, Next.js buffers the body for it, and only this much of it: past the limit it
// logs a warning and cuts the body there, and the route reads the first part as if it were all. The proxy covers
// /api/team/file, which takes up to 20 MB, so the limit is set above that. Next 15 called it
// middlewareClientMaxBodySize (16 still reads that name, with a deprecation warning).
// PROXY_BODY_LIMIT overrides it at `next start` (the course's tests set the default, 10mb, to show the cut).
const proxyBodyLimit = (process.env.PROXY_BODY_LIMIT ?? '21mb') as `${number}mb`;

export default function config(phase: string): NextConfig {
  return {
    experimental: { proxyClientMaxBodySize: proxyBodyLimit },
    poweredByHeader: false, // no `X-Powered-By: Next.js` to tell scanners what to try
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders(phase) }];
    },
  };
}
