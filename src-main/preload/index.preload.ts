/** Preload (sandboxed, isolated world): exposes window.api and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../src-shared/contracts/ipc-api';

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, args) => ipcRenderer.invoke(channel, args) as Promise<never>),
);
