/**
 * The one seam personal and confidential fields pass through on their way to and from
 * IndexedDB. Today it is the identity; encryption at rest (issue 9) replaces it with an
 * AES-GCM codec without touching any feature, because no feature writes around it.
 *
 * Async on purpose: WebCrypto is async, and an IndexedDB transaction cannot wait on it,
 * so repositories encode *before* opening the transaction and decode after reading.
 */
export interface FieldCodec {
  /** Written next to nothing yet; recorded in diagnostics so support knows what is on disk. */
  readonly id: string;
  encode(entity: string, field: string, plain: string): Promise<string>;
  decode(entity: string, field: string, stored: string): Promise<string>;
  /**
   * A key to find records by a secret value (an IIN) without storing the value in clear:
   * the value itself today, a keyed hash (blind index) once fields are encrypted. Equal
   * inputs give equal keys, so lookups stay fast.
   */
  lookupKey(entity: string, field: string, plain: string): Promise<string>;
}

export const identityCodec: FieldCodec = {
  id: 'identity',
  encode: async (_entity, _field, plain) => plain,
  decode: async (_entity, _field, stored) => stored,
  lookupKey: async (_entity, _field, plain) => plain,
};

async function mapFields<T extends object>(
  record: T,
  fields: readonly (keyof T & string)[],
  fn: (field: string, value: string) => Promise<string>,
): Promise<T> {
  const out = { ...record };
  for (const f of fields) {
    const v = out[f];
    if (typeof v === 'string') out[f] = (await fn(f, v)) as T[typeof f];
  }
  return out;
}

export function encodeFields<T extends object>(
  codec: FieldCodec,
  entity: string,
  record: T,
  fields: readonly (keyof T & string)[],
): Promise<T> {
  return mapFields(record, fields, (f, v) => codec.encode(entity, f, v));
}

export function decodeFields<T extends object>(
  codec: FieldCodec,
  entity: string,
  record: T,
  fields: readonly (keyof T & string)[],
): Promise<T> {
  return mapFields(record, fields, (f, v) => codec.decode(entity, f, v));
}
