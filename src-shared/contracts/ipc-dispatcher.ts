/**
 * The IPC gate, shared by both hosts (Electron main and the browser test host) so they
 * refuse, validate and answer identically. For every call it:
 *   1. refuses unknown channels and untrusted senders (origin + top frame),
 *   2. zod-parses the arguments against the channel's schema,
 *   3. runs the handler and checks its result against the contract,
 *   4. answers an ok/error envelope — never throws across the process boundary.
 * src-main/ipc/register.main.ts binds it to ipcMain.handle; the browser host calls it directly.
 */
import type { z } from 'zod';
import { fail, ok, type Envelope } from './envelope';
import { ipcChannels, type IpcChannel } from './ipc-channels';
import { ipcContract, type IpcContract, type IpcResult } from './ipc-contract';

export interface SenderInfo {
  /** URL of the frame that sent the message. */
  url: string;
  /** Sub-frames (iframes, e.g. a PDF preview) never get the API. */
  isMainFrame: boolean;
}

export type IpcHandlers = {
  [C in IpcChannel]: (args: z.output<IpcContract[C]['args']>) => Promise<IpcResult<C>>;
};

export interface DispatcherOptions {
  isTrustedSender: (sender: SenderInfo) => boolean;
  log: (level: 'warn' | 'error', message: string, detail?: unknown) => void;
}

export type Dispatch = (
  channel: string,
  sender: SenderInfo,
  rawArgs: unknown,
) => Promise<Envelope<unknown>>;

export function isIpcChannel(channel: string): channel is IpcChannel {
  return (ipcChannels as readonly string[]).includes(channel);
}

export function createDispatcher(handlers: IpcHandlers, options: DispatcherOptions): Dispatch {
  return async (channel, sender, rawArgs) => {
    if (!isIpcChannel(channel)) {
      options.log('warn', `ipc: unknown channel ${channel}`);
      return fail('invalidArgs', `unknown channel ${channel}`);
    }
    if (!options.isTrustedSender(sender)) {
      options.log('warn', `ipc: ${channel} refused for untrusted sender`, sender.url);
      return fail('forbidden', `sender ${sender.url} may not call ${channel}`);
    }
    const spec = ipcContract[channel];
    const parsed = spec.args.safeParse(rawArgs);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        path: i.path.join('.'),
        message: i.message,
      }));
      const code = channel === 'shell.openExternal' ? 'unsafeUrl' : 'invalidArgs';
      options.log('warn', `ipc: ${channel} bad arguments`, issues);
      return fail(code, `invalid arguments for ${channel}`, issues);
    }
    try {
      const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
      const result = await handler(parsed.data);
      return ok(spec.result.parse(result));
    } catch (error) {
      options.log('error', `ipc: ${channel} failed`, error);
      return fail('internal', error instanceof Error ? error.message : String(error));
    }
  };
}
