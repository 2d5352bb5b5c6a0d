import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  experimental: {
    // Server Action bodies are capped at 1 MB by default; larger ones are refused before the action runs. The
    // action checks its own 1 MB file limit, so leave room for the rest of the multipart body.
    serverActions: { bodySizeLimit: '2mb' },
  },
};

export default nextConfig;
