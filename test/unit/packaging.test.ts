/**
 * Installers cannot be built here (no Electron download), so their configuration is
 * checked as data: the targets the issue asks for, icons that exist at usable sizes,
 * and only the build output shipped inside app.asar.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const builder = JSON.parse(readFileSync(path.join(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(path.join(root, file));
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('names the product and its identity', () => {
    expect(builder.productName).toBe('Qorgau');
    expect(builder.appId).toBe('kz.qorgau.desktop');
    expect(pkg.productName).toBe('Qorgau');
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author?.email).toMatch(/@/); // the deb target requires a maintainer e-mail
  });

  it('builds Windows NSIS x64, Linux AppImage + deb, macOS dmg', () => {
    expect(builder.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(builder.linux.target).toEqual(['AppImage', 'deb']);
    expect(builder.mac.target).toEqual(['dmg']);
  });

  it('ships only the build output in app.asar', () => {
    expect(builder.asar).toBe(true);
    expect(builder.files).toContain('out/**/*');
    expect(builder.files.some((f: string) => /src-|node_modules|test/.test(f))).toBe(false);
    expect(pkg.main).toBe('./out/main/index.js');
  });

  it('ships the font licence (OFL) next to the app', () => {
    expect(builder.extraResources).toContainEqual({ from: 'resources/licenses', to: 'licenses' });
    expect(readFileSync(path.join(root, 'resources/licenses/NotoSans-OFL.txt'), 'utf8')).toContain(
      'SIL Open Font License',
    );
  });

  it('has icons at the sizes each platform needs', () => {
    expect(pngSize('resources/icon.png')).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(builder.win.icon)).toEqual({ width: 256, height: 256 });
    for (const s of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(`${builder.linux.icon}/${s}x${s}.png`)).toEqual({ width: s, height: s });
    }
    expect(existsSync(path.join(root, 'resources/icon.svg'))).toBe(true);
  });
});

/** The fuse options the installed electron-builder accepts (its JSON schema). */
const fuseOptionNames = Object.keys(
  JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'))
    .definitions.FuseOptionsV1.properties,
);

/** Source files of the main process and preload (tests excluded). */
function mainSources(): string[] {
  return readdirSync(path.join(root, 'src-main'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(path.join(root, 'src-main', f), 'utf8'));
}

describe('Electron fuses (security checklist item 19, docs/security.md)', () => {
  it('flips the fuses an app like ours does not need, before signing', () => {
    expect(builder.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('uses only fuse names the installed electron-builder knows', () => {
    expect(fuseOptionNames).toContain('runAsNode');
    for (const key of Object.keys(builder.electronFuses)) expect(fuseOptionNames).toContain(key);
  });

  it('keeps the asar integrity hash the validation fuse checks', () => {
    expect(builder.asar).toBe(true);
    expect(builder.asarUnpack).toBeUndefined();
    for (const platform of ['win', 'mac', 'linux']) expect(builder[platform].asar).toBeUndefined();
  });

  it('main never relies on ELECTRON_RUN_AS_NODE, NODE_OPTIONS or child processes', () => {
    const sources = mainSources();
    expect(sources.length).toBeGreaterThan(5);
    for (const src of sources) {
      expect(src).not.toMatch(/child_process|\bfork\(|ELECTRON_RUN_AS_NODE|NODE_OPTIONS/);
    }
  });
});

describe('Electron version (security checklist item 16)', () => {
  it('package.json pins one major, and the lockfile and node_modules hold that major', () => {
    const range = /^\^(\d+)\.\d+\.\d+$/.exec(pkg.devDependencies.electron);
    expect(range).not.toBeNull();
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
    const locked: string = lock.packages['node_modules/electron'].version;
    const installed: string = JSON.parse(
      readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
    ).version;
    expect(locked.split('.')[0]).toBe(range![1]);
    expect(installed).toBe(locked);
  });
});
