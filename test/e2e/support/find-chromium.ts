/**
 * Finds a system Chromium for playwright-core. `npx playwright install` cannot download
 * browsers on our build machines, so tests use Debian's package; when none is found the
 * run fails with the fix — it never skips silently.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the e2e tests. Install one:\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  or point CHROMIUM_PATH at a Chrome/Chromium binary.',
    );
  }
  return found;
}

/** Flags for a closed network: no background calls home, no GPU, root-safe. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
