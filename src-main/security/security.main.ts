/**
 * Security guards. Imported first by index.main.ts, so they are in place before any
 * window or webContents exists. Decisions come from security-policy.ts (unit-tested);
 * security.main.test.ts runs this wiring against a stand-in for Electron.
 */
import { app, session } from 'electron';
import { log } from '../log.main';
import {
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isAllowedPermission,
} from './security-policy';
import { trustedOrigins } from './trusted-origins';

export const origins = trustedOrigins(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);

// Every renderer is sandboxed, whatever a future BrowserWindow forgets to say.
app.enableSandbox();

app.on('web-contents-created', (_event, contents) => {
  const guardNavigation = (event: { preventDefault: () => void }, url: string) => {
    if (!isAllowedNavigation(url, origins)) {
      event.preventDefault();
      log('warn', 'security: navigation blocked', url);
    }
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedFrameNavigation(event.url, event.isMainFrame, origins)) {
      event.preventDefault();
      log('warn', 'security: frame navigation blocked', event.url);
    }
  });
  // No new windows: links leave the app only through window.api.shell.openExternal.
  contents.setWindowOpenHandler(({ url }) => {
    log('warn', 'security: window.open denied', url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('warn', 'security: <webview> blocked');
  });
});

void app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) => {
    const allowed = isAllowedPermission(
      { permission, url: details.requestingUrl, isMainFrame: details.isMainFrame },
      origins,
    );
    if (!allowed) log('warn', `security: permission ${permission} denied`);
    callback(allowed);
  });
  session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    isAllowedPermission(
      {
        permission,
        url: details.requestingUrl ?? requestingOrigin,
        isMainFrame: details.isMainFrame,
      },
      origins,
    ),
  );
});
