// Browser and HTTP tests of the example Next.js apps (each worker builds and starts one example).
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/chromium';

export default defineConfig({
  testDir: 'tests/examples',
  testMatch: '**/*.test.ts',
  workers: 2,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
});
