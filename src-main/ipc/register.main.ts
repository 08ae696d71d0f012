/** Binds every contract channel to ipcMain.handle through the dispatcher. */
import { ipcMain } from 'electron';
import { ipcChannels } from '../../src-shared/contracts/ipc-channels';
import type { Dispatch } from '../../src-shared/contracts/ipc-dispatcher';

export function registerIpc(dispatch: Dispatch): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, args: unknown) => {
      const frame = event.senderFrame;
      return dispatch(
        channel,
        { url: frame?.url ?? '', isMainFrame: frame !== null && frame === event.sender.mainFrame },
        args,
      );
    });
  }
}
