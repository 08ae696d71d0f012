/**
 * Serves the built renderer from app://qorgau. A fixed origin keeps IndexedDB (the
 * registers) stable across releases; file:// would give every install path its own
 * origin and block module scripts.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { log } from '../log.main';
import { APP_SCHEME } from './app-origin';
import { resolveAppRequest } from './resolve-app-request';
import { appResponseHeaders } from './response-headers';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppRequest(request.url, rendererRoot);
    if (target.kind === 'notFound') {
      log('warn', 'app protocol: not found', request.url);
      return new Response('Not found', { status: 404 });
    }
    try {
      const body = await readFile(target.filePath);
      return new Response(body, { headers: appResponseHeaders(target.mime) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
