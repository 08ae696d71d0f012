/**
 * IPC channel names, kept free of zod so the sandboxed preload bundle stays tiny.
 * Naming: `<area>.<function>`; the preload exposes each as `window.api.<area>.<function>`.
 * ipc-contract.ts must give every name here a schema (enforced by its type).
 */
export const ipcChannels = [
  'app.info',
  'files.saveFile',
  'files.savePdf',
  'files.printPdf',
  'shell.openExternal',
  'sync.account',
  'sync.signIn',
  'sync.signOut',
  'sync.push',
  'sync.pull',
  'sync.resolveConflict',
  'sync.useStore',
  'sync.relay',
  'sync.registerSigningKey',
  'backup.getSettings',
  'backup.setSettings',
  'backup.chooseFolder',
  'backup.write',
  'backup.list',
  'backup.read',
  'backup.openFile',
  'bundle.openFile',
] as const;

export type IpcChannel = (typeof ipcChannels)[number];
