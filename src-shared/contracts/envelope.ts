/**
 * The ok/error envelope every IPC call answers with. Handlers never throw across the
 * process boundary: an exception in main becomes `{ ok: false, error }`, so the renderer
 * always gets a typed value and can show a kk/ru message keyed by `error.code`.
 */
import { z } from 'zod';

export const ipcErrorCodes = [
  'forbidden', // the sender is not our renderer origin
  'invalidArgs', // arguments failed the channel's zod schema
  'unsafeUrl', // shell.openExternal refused a non-http(s) or malformed link
  'unavailable', // the host cannot do this (e.g. no dialog in the browser preview)
  'internal', // the handler threw; details are logged in main
] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export const ipcErrorSchema = z.object({
  code: z.enum(ipcErrorCodes),
  /** English, for maintainers and logs; the UI translates `code`. */
  message: z.string(),
  /** Field paths that failed validation, when code is invalidArgs. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (
  code: IpcErrorCode,
  message: string,
  issues?: IpcError['issues'],
): Envelope<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

export function envelopeSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ]);
}
