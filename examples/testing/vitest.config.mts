import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': here('.'),
      // `server-only` throws when imported outside React's server environment, which is what Vitest is. Next.js
      // resolves it with the `react-server` condition, to the package's empty module; this alias does the same for
      // it alone (the condition would change how React itself resolves in the tests).
      'server-only': here('./tests/empty-module.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
  },
});
