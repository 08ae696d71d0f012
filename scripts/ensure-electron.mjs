// `npm start` needs Electron's binary. npm 11 does not run electron's install script by
// default (allowScripts), and build machines cannot download it anyway, so the binary is
// fetched here, on first start, on a developer's connected machine.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const pathFile = path.join(electronDir, 'path.txt');
const binary = existsSync(pathFile)
  ? path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  : null;

if (binary && existsSync(binary)) process.exit(0);

console.log('Electron binary missing: downloading it once (needs access to GitHub releases)…');
const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' });
if (r.status !== 0) {
  console.error(
    '\nCould not download Electron. On a machine without access to GitHub use the browser\n' +
      'preview instead (`npm run web`), or set ELECTRON_MIRROR to a reachable mirror.',
  );
  process.exit(r.status ?? 1);
}
