/**
 * The renderer's only door to the host (Electron main, or the browser test host).
 * Everything OS-level — files, printing, links, later sync and secrets — goes through
 * here as an ok/error envelope; nothing else in the renderer touches window.api.
 */
import type { Envelope } from '../../src-shared/contracts/envelope';
import type { QorgauApi } from '../../src-shared/contracts/ipc-contract';

export function api(): QorgauApi {
  const a = window.api;
  if (!a) {
    throw new Error(
      'window.api is missing: run the renderer in Electron (npm start) or use the browser build (npm run web)',
    );
  }
  return a;
}

/** Calls a host function and never throws: transport failures become an internal error. */
export async function callHost<T>(
  fn: (a: QorgauApi) => Promise<Envelope<T>>,
): Promise<Envelope<T>> {
  try {
    return await fn(api());
  } catch (error) {
    return {
      ok: false,
      error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
