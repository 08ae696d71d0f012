/**
 * The two forms of a synced record (docs/sync.md, "Encryption at rest and the wire"):
 *
 * - the WIRE form is what `identityCodec` would have stored: personal JSON in clear (inside
 *   TLS), lookup keys as the plain derived values. The office server and every other laptop see
 *   only this form, so a head reads advocates' registers and the server's cl. 42 marks compare
 *   IINs whatever vault each laptop has;
 * - the AT-REST form is what this device's codec stores: personal fields encrypted under its
 *   data key, lookup keys blind indexes under its index key.
 *
 * Transcoding happens at the sync boundary and in the one-off migration, nowhere else. Lookup
 * keys are never copied across forms: they are recomputed from the plain record with the target
 * codec (shapes.ts), exactly as the repository derives them. Both directions are async
 * (WebCrypto): call them before a Dexie transaction, never inside one.
 */
import { looksEncrypted } from '../../../src-shared/security/vault/field-cipher';
import { decodeFields, encodeFields, identityCodec, type FieldCodec } from '../field-codec';
import { shapeOf, type AtRestShape, type Rec } from './shapes';

/**
 * A record that cannot be turned into the other form: a personal field fails to decrypt, or the
 * body cannot be read to derive its keys. The message names the record, never a value (the
 * parser's own message may quote the text, so it is not kept).
 */
export class TranscodeError extends Error {
  constructor(
    readonly entity: string,
    readonly entityId: string,
    readonly step: 'decrypt' | 'derive',
  ) {
    super(
      `${entity} ${entityId}: cannot ${step === 'decrypt' ? 'decrypt' : 'derive the keys of'} the record`,
    );
    this.name = 'TranscodeError';
  }
}

const idOf = (row: Rec) => (typeof row.id === 'string' ? row.id : '?');

async function derive(
  shape: AtRestShape,
  codec: FieldCodec,
  entity: string,
  plain: Rec,
): Promise<Rec> {
  if (!shape.lookups) return {};
  try {
    return await shape.lookups(codec, plain);
  } catch {
    throw new TranscodeError(entity, idOf(plain), 'derive');
  }
}

/** At rest (this device's `codec`) → wire: personal fields decrypted, keys recomputed plain. */
export async function toWire(codec: FieldCodec, entity: string, atRest: Rec): Promise<Rec> {
  const shape = shapeOf(entity);
  if (!shape) return { ...atRest };
  let plain: Rec;
  try {
    plain = await decodeFields(codec, entity, atRest, shape.personal);
  } catch {
    throw new TranscodeError(entity, idOf(atRest), 'decrypt');
  }
  return { ...plain, ...(await derive(shape, identityCodec, entity, plain)) };
}

/** Wire → at rest with this device's `codec`: keys recomputed with it, personal fields encrypted. */
export async function toAtRest(codec: FieldCodec, entity: string, wire: Rec): Promise<Rec> {
  const shape = shapeOf(entity);
  if (!shape) return { ...wire };
  const keyed = { ...wire, ...(await derive(shape, codec, entity, wire)) };
  return encodeFields(codec, entity, keyed, shape.personal);
}

/** The row with its lookup fields emptied: nothing finds it by a key. */
const withoutKeys = (shape: AtRestShape, row: Rec): Rec => {
  const out: Rec = { ...row };
  for (const f of shape.lookupFields) out[f] = Array.isArray(row[f]) ? [] : '';
  return out;
};

/**
 * The at-rest form of a wire record whose keys cannot be derived (a body that does not parse):
 * its personal fields encrypted as they are and its lookup keys emptied, so nothing of it is
 * stored in clear and nothing finds it by a key. It is kept, not dropped — it is as readable as
 * it ever was (opening it fails the same way) and the server still holds the original.
 */
export async function sealAtRest(codec: FieldCodec, entity: string, wire: Rec): Promise<Rec> {
  const shape = shapeOf(entity);
  if (!shape) return { ...wire };
  return encodeFields(codec, entity, withoutKeys(shape, wire), shape.personal);
}

/**
 * `toWire`, except that a record whose keys cannot be derived travels without keys (its
 * personal fields decrypted, its lookup fields emptied) instead of failing: the server and the
 * other laptops read only its plain fields anyway, and a push must not stall on it. A field
 * that does not decrypt still throws (TranscodeError 'decrypt').
 */
export async function toWireOrSealed(codec: FieldCodec, entity: string, atRest: Rec): Promise<Rec> {
  try {
    return await toWire(codec, entity, atRest);
  } catch (error) {
    if (!(error instanceof TranscodeError) || error.step !== 'derive') throw error;
    const shape = shapeOf(entity)!;
    return withoutKeys(shape, await decodeFields(codec, entity, atRest, shape.personal));
  }
}

/** `toAtRest`, falling back to `sealAtRest` for a record whose keys cannot be derived. */
export async function toAtRestOrSealed(
  codec: FieldCodec,
  entity: string,
  wire: Rec,
): Promise<{ row: Rec; sealed: boolean }> {
  try {
    return { row: await toAtRest(codec, entity, wire), sealed: false };
  } catch (error) {
    if (!(error instanceof TranscodeError)) throw error;
    return { row: await sealAtRest(codec, entity, wire), sealed: true };
  }
}

/**
 * Which form a stored row's personal fields are in, by the cipher's own format tag: 'plain'
 * (written with the identity codec), 'at-rest' (every personal field encrypted), 'mixed' (some
 * are — never written by this app: a migration refuses to guess), or 'none' (the entity has no
 * personal field, nothing to protect).
 */
export function storedForm(entity: string, row: Rec): 'plain' | 'at-rest' | 'mixed' | 'none' {
  const shape = shapeOf(entity);
  const values = (shape?.personal ?? [])
    .map((f) => row[f])
    .filter((v): v is string => typeof v === 'string');
  if (values.length === 0) return 'none';
  const encrypted = values.filter(looksEncrypted).length;
  return encrypted === 0 ? 'plain' : encrypted === values.length ? 'at-rest' : 'mixed';
}
