/**
 * Writes the renderer CSP (src-shared/security/csp.ts) into built HTML as a <meta> tag,
 * so the browser preview and e2e tests run under the same policy as the Electron window
 * (where main also sends it as a header). Build only: the dev server's hot reload needs
 * inline scripts that the policy forbids.
 */
import type { Plugin } from 'vite';
import { rendererCsp } from '../src-shared/security/csp';

export function cspMetaPlugin(): Plugin {
  return {
    name: 'qorgau-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: rendererCsp },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
