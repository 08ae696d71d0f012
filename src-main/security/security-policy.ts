/**
 * What the window may do, as pure decisions (unit-tested); security.main.ts applies them.
 * Everything not allowed here is denied and logged. docs/security.md maps each decision to
 * Electron's security checklist.
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

/**
 * A frame's navigation (`will-frame-navigate`): the top frame as `isAllowedNavigation`; a
 * sub-frame may also show a blob: URL, which is how the app previews the PDFs it generated
 * (CSP frame-src 'self' blob:). Only a script already running in the window can mint a blob:
 * URL, and only our origin runs there (the top frame cannot leave it).
 */
export function isAllowedFrameNavigation(
  url: string,
  isMainFrame: boolean,
  trustedOrigins: readonly string[],
): boolean {
  if (isAllowedNavigation(url, trustedOrigins)) return true;
  return !isMainFrame && url.startsWith('blob:');
}

export interface PermissionAsk {
  /** Electron's permission name ('media', 'clipboard-sanitized-write', …). */
  permission: string;
  /** URL (or origin) of the frame that asks; undefined when Electron does not say. */
  url: string | undefined;
  isMainFrame: boolean;
}

/**
 * Device permissions (camera, microphone, location, notifications, USB, reading the
 * clipboard, …) are all denied. The one exception is *writing* the clipboard from our own
 * top frame: "Copy" buttons (deferral notice, e-ZK lines) call navigator.clipboard.writeText,
 * which Electron gates behind 'clipboard-sanitized-write', and Chromium itself only lets a
 * user's click trigger it. Reading the clipboard stays denied.
 */
export function isAllowedPermission(
  ask: PermissionAsk,
  trustedOrigins: readonly string[],
): boolean {
  if (ask.permission !== 'clipboard-sanitized-write' || !ask.isMainFrame || !ask.url) return false;
  const origin = originOf(ask.url);
  return origin !== null && trustedOrigins.includes(origin);
}
