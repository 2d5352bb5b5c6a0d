import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Every /api answer depends on the session cookie: no proxy or CDN may keep one for the next visitor.
  async headers() {
    return [{ source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'private, no-store' }] }];
  },
};

export default nextConfig;
