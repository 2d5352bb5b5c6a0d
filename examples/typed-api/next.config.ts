import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';

// Sent with every answer. nosniff: a browser never guesses another type than the Content-Type says.
// frame-ancestors 'none': no other site can show these pages in a frame to trick a click out of the reader
// (clickjacking). Left out under `next dev` only, because the live sandbox shows the app in a frame.
const securityHeaders = (phase: string) => [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  ...(phase === PHASE_DEVELOPMENT_SERVER ? [] : [{ key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }]),
];

export default function config(phase: string): NextConfig {
  return {
    poweredByHeader: false, // no `X-Powered-By: Next.js` to tell scanners what to try
    async headers() {
      return [{ source: '/:path*', headers: securityHeaders(phase) }];
    },
  };
}
