/**
 * Lookup-key namespaces that more than one entity shares. A codec's `lookupKey` binds a key to
 * (entity, field): once it is a keyed hash (blindIndex), keys of two namespaces never match even
 * for the same value. So wherever keys of DIFFERENT entities are compared, they must be made in
 * ONE namespace, or the comparison silently finds nothing once the store is encrypted.
 *
 * The person's IIN is such a key: a consultation's `iinKey`, an eligibility check's `iinKey` and
 * a colleague's aid mark (`officeAidMarks.iinKey`, blinded on arrival by sync/aid-marks.ts) are
 * compared by the once-per-issue check (office-aid.ts, cl. 42); the fee claims and reports count
 * persons by the consultation rows' `iinKey`. All of them use `personIinKey`.
 *
 * Kept apart on purpose: the appointments' own keys ('iin'/'name' in `personKeys`, 'case',
 * 'search') and the consultations' search keys — each is compared only within its entity, and
 * separate namespaces keep someone holding the raw database from linking an appointment's
 * client to a consultation by equal keys. Defence marks (cl. 42 for appointments, not yet) would
 * move the appointment client's IIN key here.
 */
import type { FieldCodec } from './field-codec';

export const PERSON_NAMESPACE = 'person';

/** The key of a person's IIN, shared by consultations, eligibility checks and aid marks. */
export function personIinKey(codec: FieldCodec, iin: string): Promise<string> {
  return codec.lookupKey(PERSON_NAMESPACE, 'iin', iin);
}

/**
 * True if a stored key is already a blind index (blindIndex: HMAC-SHA-256 as base64url, 43
 * characters) rather than the value itself (an IIN: 12 digits). The migration
 * (encrypt-plain-store.ts) uses it on aid marks, the one table whose rows hold a lookup key
 * and nothing encrypted that would tell a migrated row apart.
 */
export function looksBlinded(key: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(key);
}
