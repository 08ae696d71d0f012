// Renders resources/icon.svg to the PNG sizes installers need, with the system Chromium.
// Run once after changing the SVG: `node scripts/render-icons.mjs`; the PNGs are committed.
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'resources/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
mkdirSync(path.join(root, 'resources/icons'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  const out =
    size === 1024
      ? path.join(root, 'resources/icon.png')
      : path.join(root, `resources/icons/${size}x${size}.png`);
  await page.screenshot({ path: out, omitBackground: true });
  console.log('wrote', path.relative(root, out));
}
await browser.close();
