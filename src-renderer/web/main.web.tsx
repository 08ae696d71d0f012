/**
 * Browser entry (e2e tests, `npm run web` preview): installs the browser test host as
 * window.api, then starts the same app as Electron.
 */
import '../app/zod-jitless';
import { bootstrap } from '../app/bootstrap';
import { installBrowserHost } from '../host/browser/browser-host';

installBrowserHost();
bootstrap();
