/**
 * Checks on what `electron-vite build` produced (npm test builds before the e2e run):
 * the browser test host must not leak into the Electron renderer, the sandboxed preload
 * must stay a tiny zod-free file, and nothing is left for app.asar's node_modules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererCsp } from '../../src-shared/security/csp';

const root = path.resolve(import.meta.dirname, '../..');
const out = (...p: string[]) => path.join(root, 'out', ...p);

function readAll(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(js|html|css)$/.test(d.name))
    .map((d) => readFileSync(path.join(d.parentPath, d.name), 'utf8'))
    .join('\n');
}

describe('electron-vite build output', () => {
  it('exists (run `npm run build` first)', () => {
    for (const f of [out('main/index.js'), out('preload/index.js'), out('renderer/index.html')]) {
      expect(existsSync(f), f).toBe(true);
    }
  });

  it('the Electron renderer does not contain the browser test host', () => {
    const renderer = readAll(out('renderer'));
    expect(renderer).not.toContain('qorgau-browser-host');
    expect(renderer).not.toContain('__qorgauBrowserHost');
    // …while the web build does, so this check can fail.
    expect(readAll(path.join(root, 'dist-web'))).toContain('qorgau-browser-host');
  });

  it('the preload only bridges IPC: small, no zod, no Node modules but electron', () => {
    const preload = readFileSync(out('preload/index.js'), 'utf8');
    expect(preload.length).toBeLessThan(4_000);
    expect(preload).not.toMatch(/zod|ZodError/);
    const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(requires).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld');
  });

  it('pdfmake and the PDF fonts load lazily, outside the main renderer chunk', () => {
    const assets = readdirSync(out('renderer/assets'));
    const main = assets.filter((f) => /^index-.*\.js$/.test(f));
    expect(main).toHaveLength(1);
    expect(readFileSync(out('renderer/assets', main[0]!), 'utf8')).not.toMatch(
      /pdfmake|NotoSans_400Regular/,
    );
    expect(assets.some((f) => /^pdfmake-.*\.js$/.test(f))).toBe(true);
    expect(assets.filter((f) => /^NotoSans_.*\.ttf$/.test(f))).toHaveLength(4);
  });

  it('the renderer HTML carries the CSP', () => {
    const html = readFileSync(out('renderer/index.html'), 'utf8');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    const content = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(content?.replaceAll('&#39;', "'")).toBe(rendererCsp);
  });

  it('main requires only electron and Node built-ins (everything else is bundled)', () => {
    const main = readFileSync(out('main/index.js'), 'utf8');
    const requires = new Set([...main.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
    const foreign = [...requires].filter((r) => r !== 'electron' && !r.startsWith('node:'));
    expect(foreign).toEqual([]);
  });

  it('package.json has no runtime dependencies, so app.asar ships no node_modules', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});
