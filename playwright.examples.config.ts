// Browser and HTTP tests of the example Next.js apps (each worker builds and starts one example).
import { defineConfig } from '@playwright/test';
import type { ExampleTarget } from './tests/examples/fixture';
import { chromiumArgs, findChromium } from './tests/e2e/chromium';

export default defineConfig<{ exampleTarget: ExampleTarget }>({
  testDir: 'tests/examples',
  testMatch: '**/*.test.ts',
  workers: 2,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['./tests/timing-reporter.ts']],
  timeout: 30_000,
  use: {
    trace: 'retain-on-failure',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  // Every example file runs twice: against the sandbox's build (examples/<id>, Next 15.4) and against the .zip a
  // reader downloads (Next 16, unpacked, installed and built in a temporary folder; needs `npm run build` first).
  projects: [
    { name: 'sandbox-next15', use: { exampleTarget: 'sandbox' } },
    { name: 'download-next16', use: { exampleTarget: 'download' } },
  ],
});
