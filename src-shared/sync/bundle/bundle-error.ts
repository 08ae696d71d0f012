/**
 * Why an offline bundle file was refused (docs/sync.md, "Offline bundles"). Opening a bundle
 * either yields every op, verified, or throws one of these — never anything else — so the
 * import screen always has a kk/ru sentence to show and nothing is half-applied. The sentences
 * live in the app catalogs under `bundle.errors.<code>` (src-shared/i18n/{en,kk,ru}.ts).
 */
export const bundleErrorCodes = [
  /** Not a Qorgau bundle at all: not UTF-8 JSON, or no `format` marker. */
  'not-a-bundle',
  /** A bundle of a format version this app does not read (made by a newer app). */
  'unsupported-version',
  /** Over MAX_BUNDLE_BYTES: refused before it is even parsed. */
  'too-large',
  /** Sealed for another office key id than the one given. */
  'not-for-this-office',
  /** The key id matches but the seal does not open: another key, or the seal was altered. */
  'cannot-decrypt',
  /** The advocate's signature does not verify over the header and the ops. */
  'bad-signature',
  /** The envelope or the ops fail their schema, counts or hashes differ, or ops of another user. */
  'bad-content',
] as const;
export type BundleErrorCode = (typeof bundleErrorCodes)[number];

export class BundleError extends Error {
  constructor(
    readonly code: BundleErrorCode,
    /** English detail for logs and maintainers; never shown as the user's message. */
    readonly detail: string = code,
  ) {
    super(`offline bundle: ${code}${detail === code ? '' : `: ${detail}`}`);
    this.name = 'BundleError';
  }

  /** The catalog key of the user's message (`t(error.messageKey)`). */
  get messageKey(): `bundle.errors.${BundleErrorCode}` {
    return `bundle.errors.${this.code}`;
  }
}
