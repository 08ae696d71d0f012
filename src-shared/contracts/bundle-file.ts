/**
 * Opening an offline bundle file on the head's laptop (docs/sync.md "Offline bundles"): the
 * person picks the `.qorgau-bundle` the advocate brought in the OS open dialog, and main hands
 * back its bytes and plain name — never the path. Shaped like `backup.openFile`.
 *
 * Main never looks inside: the file is sealed for the office key, which only the renderer holds
 * (in the head's vault). The renderer's openBundle refuses anything that is not a whole, signed
 * bundle with its own kk/ru sentence — so an empty file is passed on and refused there as
 * "not a bundle", rather than failing this channel's result check.
 */
import { z } from 'zod';
import { MAX_BUNDLE_BYTES } from '../sync/bundle/bundle-format';

const bundleBytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected a Uint8Array')
  .refine((v) => v.byteLength <= MAX_BUNDLE_BYTES, 'file too large');

export const bundleOpenResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    /** The file's own name, for the receipt; a name, not a path. */
    name: z.string().min(1).max(255),
    bytes: bundleBytes,
  }),
  z.object({ status: z.literal('cancelled') }),
  z.object({
    status: z.literal('failed'),
    reason: z.enum(['too-large', 'read-failed']),
    /** An OS error code (EACCES, EIO…), for support; never a path or content. */
    detail: z.string().max(100).optional(),
  }),
]);
export type BundleOpenResult = z.infer<typeof bundleOpenResultSchema>;

export const bundleFileIpc = {
  'bundle.openFile': { args: z.undefined(), result: bundleOpenResultSchema },
} as const;
