/**
 * Installers cannot be built here (no Electron download), so their configuration is
 * checked as data: the targets the issue asks for, icons that exist at usable sizes,
 * and only the build output shipped inside app.asar.
 */
import { existsSync, readFileSync } from 'node:fs';
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
