/**
 * The one typed contract between the renderer and the Electron main process.
 *
 * Each channel has an `args` schema (parsed in main before the handler runs: the renderer
 * is treated as untrusted input) and a `result` schema (parsed by the renderer's host
 * client, and by tests of each host). Types are inferred, never written twice.
 */
import { z } from 'zod';
import type { Envelope } from './envelope';
import type { IpcChannel } from './ipc-channels';
import { syncIpc } from './sync/account';
import { bundleIpc } from '../sync/bundle/relay-protocol';
import { backupIpc } from './backup';
import { bundleFileIpc } from './bundle-file';

/** 50 MiB: far above any register printout, low enough to stop a runaway buffer. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const bytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected a Uint8Array')
  .refine((v) => v.byteLength > 0, 'empty file')
  .refine((v) => v.byteLength <= MAX_FILE_BYTES, 'file too large');

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const pdfBytes = bytes.refine(
  (v) => PDF_MAGIC.every((b, i) => v[i] === b),
  'not a PDF (missing %PDF- header)',
);

/**
 * A file name suggested to the save dialog: no folders, no characters Windows rejects,
 * no leading dot. Kazakh and Russian letters are fine.
 */
export const safeFileName = z
  .string()
  .trim()
  .min(1)
  .max(180)
  .refine(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
    (s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s),
    'file name has forbidden characters',
  )
  .refine((s) => !s.startsWith('.'), 'file name starts with a dot');

/** The kind is the extension too ('qorgau-bundle': an offline bundle, docs/sync.md). */
export const saveFileKinds = ['pdf', 'json', 'csv', 'txt', 'qorgau-bundle'] as const;

/** Only plain web links leave the app; file:, javascript:, custom schemes never do. */
export const externalUrl = z
  .string()
  .max(2048)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
    } catch {
      return false;
    }
  }, 'only http(s) links without credentials may be opened');

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
  arch: z.string(),
  locale: z.string(),
  versions: z.object({
    electron: z.string().optional(),
    chrome: z.string().optional(),
    node: z.string().optional(),
  }),
});

const saveResult = z.object({ saved: z.boolean(), path: z.string().optional() });

export const ipcContract = {
  'app.info': { args: z.undefined(), result: appInfoSchema },
  'files.saveFile': {
    args: z.object({ suggestedName: safeFileName, kind: z.enum(saveFileKinds), bytes }),
    result: saveResult,
  },
  'files.savePdf': {
    args: z.object({ suggestedName: safeFileName, bytes: pdfBytes }),
    result: saveResult,
  },
  'files.printPdf': {
    args: z.object({ title: safeFileName, bytes: pdfBytes }),
    result: z.object({ opened: z.boolean() }),
  },
  'shell.openExternal': {
    args: z.object({ url: externalUrl }),
    result: z.object({ opened: z.boolean() }),
  },
  // The office server (docs/sync.md): the main process holds the token and does the HTTP.
  ...syncIpc,
  // Offline bundles (docs/sync.md "Offline bundles"): a head relays, a device registers its key.
  ...bundleIpc,
  // Backups (docs/security.md "Backups"): the renderer encrypts, main keeps the files.
  ...backupIpc,
  // Offline bundles: the head picks the advocate's file in the OS dialog (bundle-file.ts).
  ...bundleFileIpc,
} as const satisfies Record<IpcChannel, { args: z.ZodType; result: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type IpcArgs<C extends IpcChannel> = z.input<IpcContract[C]['args']>;
export type IpcResult<C extends IpcChannel> = z.output<IpcContract[C]['result']>;
export type AppInfo = z.infer<typeof appInfoSchema>;

type AreaOf<C extends string> = C extends `${infer A}.${string}` ? A : never;
type FnOf<C extends string, A extends string> = C extends `${A}.${infer F}` ? F : never;

/** One function per channel, grouped by area: `window.api.files.savePdf(args)`. */
export type QorgauApi = {
  [A in AreaOf<IpcChannel>]: {
    [F in FnOf<IpcChannel, A>]: IpcArgs<`${A}.${F}` & IpcChannel> extends undefined
      ? () => Promise<Envelope<IpcResult<`${A}.${F}` & IpcChannel>>>
      : (
          args: IpcArgs<`${A}.${F}` & IpcChannel>,
        ) => Promise<Envelope<IpcResult<`${A}.${F}` & IpcChannel>>>;
  };
};
