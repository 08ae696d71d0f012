/**
 * window.api: one function per IPC channel, namespaced by area, built over an `invoke`
 * transport — ipcRenderer.invoke in the Electron preload, the shared dispatcher in the
 * browser test host. Typed by QorgauApi, so a channel added to the contract without a
 * function here fails the typecheck. Type-only imports: no zod in the preload bundle.
 */
import type { IpcChannel } from './ipc-channels';
import type { QorgauApi } from './ipc-contract';

export type Invoke = (channel: IpcChannel, args?: unknown) => Promise<never>;

export function buildApi(invoke: Invoke): QorgauApi {
  return {
    app: {
      info: () => invoke('app.info'),
    },
    files: {
      saveFile: (args) => invoke('files.saveFile', args),
      savePdf: (args) => invoke('files.savePdf', args),
      printPdf: (args) => invoke('files.printPdf', args),
    },
    shell: {
      openExternal: (args) => invoke('shell.openExternal', args),
    },
    sync: {
      account: () => invoke('sync.account'),
      signIn: (args) => invoke('sync.signIn', args),
      signOut: () => invoke('sync.signOut'),
      push: (args) => invoke('sync.push', args),
      pull: (args) => invoke('sync.pull', args),
      resolveConflict: (args) => invoke('sync.resolveConflict', args),
      useStore: (args) => invoke('sync.useStore', args),
      relay: (args) => invoke('sync.relay', args),
      registerSigningKey: (args) => invoke('sync.registerSigningKey', args),
    },
    backup: {
      getSettings: () => invoke('backup.getSettings'),
      setSettings: (args) => invoke('backup.setSettings', args),
      chooseFolder: () => invoke('backup.chooseFolder'),
      write: (args) => invoke('backup.write', args),
      list: (args) => invoke('backup.list', args),
      read: (args) => invoke('backup.read', args),
      openFile: () => invoke('backup.openFile'),
    },
    bundle: {
      openFile: () => invoke('bundle.openFile'),
    },
  };
}
