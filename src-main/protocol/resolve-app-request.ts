/**
 * Maps an app://qorgau/... request to a file of the built renderer. Pure and unit-tested;
 * app-protocol.main.ts does the reading. Refuses other hosts and any path that would
 * leave the renderer folder, so app:// can never serve arbitrary files from disk.
 */
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export type AppRequest = { kind: 'file'; filePath: string; mime: string } | { kind: 'notFound' };

export function resolveAppRequest(requestUrl: string, rendererRoot: string): AppRequest {
  let u: URL;
  try {
    u = new URL(requestUrl);
  } catch {
    return { kind: 'notFound' };
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return { kind: 'notFound' };
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return { kind: 'notFound' };
  }
  if (pathname.includes('\0')) return { kind: 'notFound' };
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, `.${pathname}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { kind: 'notFound' };
  const mime = MIME[path.extname(filePath).toLowerCase()];
  if (!mime) return { kind: 'notFound' };
  return { kind: 'file', filePath, mime };
}
