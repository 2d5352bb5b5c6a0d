import type { NextConfig } from 'next';

// Next.js 16: Cache Components. Nothing is cached unless it says 'use cache' (see lib/cached-articles.ts).
// partialPrefetching is set explicitly, as the cacheComponents docs ask.
const nextConfig: NextConfig = { cacheComponents: true, partialPrefetching: true };

export default nextConfig;
