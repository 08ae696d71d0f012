/**
 * Headers of every app:// response (app-protocol.main.ts). The CSP travels as a header so
 * that `frame-ancestors`, which a <meta> tag cannot carry, applies too; the built HTML also
 * has the <meta> copy for the browser preview (scripts/csp-meta-plugin.ts).
 */
import { rendererCsp, rendererCspHeaderOnly } from '../../src-shared/security/csp';

export function appResponseHeaders(mime: string): Record<string, string> {
  return {
    'content-type': mime,
    'content-security-policy': `${rendererCsp}; ${rendererCspHeaderOnly}`,
    // A file is only ever what its extension says (resolve-app-request.ts picks the type).
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
  };
}
