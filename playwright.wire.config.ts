// `npm run capture:wire`: records each paired example's real exchanges (scripts/wire/capture.ts). Not a test suite:
// one worker, one example at a time, each built and started fresh.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/chromium';

export default defineConfig({
  testDir: 'scripts/wire',
  testMatch: 'capture.ts',
  workers: 1,
  reporter: 'list',
  timeout: 600_000,
  use: { launchOptions: { executablePath: findChromium(), args: chromiumArgs } },
});
