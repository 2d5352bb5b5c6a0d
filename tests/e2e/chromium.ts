// Finds the system Chromium: Playwright cannot download its own browser on machines without internet.
import { existsSync } from 'node:fs';

const envVars = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', 'CHROME_PATH'];
const usualPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(): string {
  for (const name of envVars) {
    const value = process.env[name];
    if (value) {
      if (existsSync(value)) return value;
      throw new Error(`${name} is set to "${value}", but no file is there. Point it at a Chromium or Chrome binary.`);
    }
  }
  const found = usualPaths.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      `or set CHROMIUM_PATH to a Chromium or Chrome binary. Looked in: ${usualPaths.join(', ')}.`,
  );
}

/** Flags for a headless Chromium on a machine with no outside network and, in CI, as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
