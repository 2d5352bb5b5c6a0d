// Usage: npm run capture:wire [-- <example id> ...]   (no ids: every example with a recipe in scripts/wire/specs.ts)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const result = spawnSync(process.execPath, [cli, 'test', '-c', 'playwright.wire.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, WIRE_EXAMPLES: process.argv.slice(2).join(',') },
});
process.exit(result.status ?? 1);
