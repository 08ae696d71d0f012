import type { QorgauApi } from '../../src-shared/contracts/ipc-contract';

declare global {
  interface Window {
    /** Provided by the Electron preload, or by the browser test host. Use host/host.ts. */
    api?: QorgauApi;
  }
  /** package.json version, injected at build time. */
  const __QORGAU_VERSION__: string;
}

export {};
