/**
 * What the window may do, as pure decisions (unit-tested); security.main.ts applies them.
 * Everything not allowed here is denied and logged.
 */
import type { SenderInfo } from '../../src-shared/contracts/ipc-dispatcher';
import { originOf } from '../protocol/app-origin';

/** IPC is answered only for our own renderer's top frame. */
export function isTrustedSender(sender: SenderInfo, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(sender.url);
  return sender.isMainFrame && origin !== null && trustedOrigins.includes(origin);
}

/** In-window navigation stays inside the app; a link elsewhere never replaces the app. */
export function isAllowedNavigation(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}

/** The app asks for no device permission (camera, geolocation, notifications, …). */
export function isAllowedPermission(_permission: string): boolean {
  return false;
}
