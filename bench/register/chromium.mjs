/* global process */
/**
 * The bench page served by `vite preview`, and Chromium with a fresh on-disk profile to open it.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

/** The same flags as test/e2e/support/find-chromium.ts (a .ts file Node 20 cannot import). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium: apt-get install chromium, or set CHROMIUM_PATH.');
  return found;
}

/** Builds bench/web with its Vite config and serves it on 127.0.0.1 (a free port). */
export async function serveBenchPage(configFile) {
  await build({ configFile, logLevel: 'warn' });
  const server = await preview({
    configFile,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}

/**
 * Chromium on a new persistent profile in the temp dir, with the bench page loaded. A profile
 * on disk, not an incognito context: Chromium keeps incognito IndexedDB in memory, which would
 * flatter every figure and hide the on-disk size. `load()` (re)loads the page like a restart.
 */
export async function launchBench(url, log) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'qorgau-bench-'));
  const executablePath = findChromium();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 768 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => log(`page: ${m.text()}`));
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  const load = async () => {
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__bench !== undefined);
  };
  await load();
  const version =
    context.browser()?.version() ?? (await page.evaluate(() => globalThis.navigator.userAgent));
  return {
    page,
    load,
    chromium: { version, path: executablePath },
    /** Bytes of the profile's IndexedDB folder (LevelDB files and blobs). */
    indexedDbBytes: () => dirBytes(path.join(profile, 'Default', 'IndexedDB')),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Bytes under `dir`, read while Chromium runs: its LevelDB compaction deletes files between the
 * listing and the stat, and such a file simply no longer counts.
 */
function dirBytes(dir) {
  if (!existsSync(dir)) return null;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (error?.code === 'ENOENT') return 0;
    throw error;
  }
  let total = 0;
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += dirBytes(full) ?? 0;
    else total += statSync(full, { throwIfNoEntry: false })?.size ?? 0;
  }
  return total;
}

/** The machine, as the report describes it. */
export function machine(chromiumInfo) {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    ramGb: +(os.totalmem() / 1024 ** 3).toFixed(1),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: chromiumInfo.version,
    chromiumPath: chromiumInfo.path,
  };
}
