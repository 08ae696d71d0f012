import { APP_ORIGIN, originOf } from '../protocol/app-origin';

/**
 * Origins whose top frame may use IPC and be navigated to: always app://qorgau; in an
 * unpackaged dev run also electron-vite's dev server (ELECTRON_RENDERER_URL), never in
 * a packaged build.
 */
export function trustedOrigins(isPackaged: boolean, devServerUrl: string | undefined): string[] {
  const dev = !isPackaged && devServerUrl ? originOf(devServerUrl) : null;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}
