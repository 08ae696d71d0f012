/**
 * The renderer's fixed origin. IndexedDB (every register on this device) belongs to an
 * origin, so it must never change between releases or between dev and production builds.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'qorgau';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * scheme://host[:port] of a URL. WHATWG URL gives "null" as the origin of non-special
 * schemes such as app:, so the origin is built from its parts.
 */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (!u.host) return null;
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}
