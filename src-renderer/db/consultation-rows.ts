/**
 * How a consultation entry is stored: which fields are personal (encrypted by the codec) and how
 * its lookup keys are derived from the entry. One derivation, used by the repository when it
 * writes (ConsultationRepository.rowFor) and by the sync boundary when it recomputes the keys
 * of a row on its way in or out (at-rest/shapes.ts) — never two copies.
 */
import type { ConsultationFields } from '../../src-shared/contracts/entities/consultation';
import { entrySearchKeys } from '../../src-shared/domain/consultations/search-tokens';
import type { FieldCodec } from './field-codec';
import { personIinKey } from './lookup-keys';
import type { ConsultationRow } from './rows';

export const CONSULTATION_ENTITY = 'consultation';
export const CONSULTATION_PERSONAL = ['entryJson'] as const;

/** What the keys are made from: the entry's people (a stored `entryJson` parses to more). */
export type ConsultationPeople = Pick<ConsultationFields, 'applicant' | 'representedPerson'>;

/** The key of a search token of the consultation register (search-tokens.ts kinds). */
export function consultationSearchKey(codec: FieldCodec, token: string): Promise<string> {
  return codec.lookupKey(CONSULTATION_ENTITY, 'search', token);
}

/**
 * `iinKey`: the person helped (the one represented, else the applicant) in the shared person
 * namespace (lookup-keys.ts), so the once-per-issue check and the fee caps compare it with
 * eligibility checks and colleagues' marks. `searchKeys`: name words and IINs of both people.
 */
export async function consultationLookupKeys(
  codec: FieldCodec,
  fields: ConsultationPeople,
): Promise<Pick<ConsultationRow, 'iinKey' | 'searchKeys'>> {
  const names = [fields.applicant.fullName, fields.representedPerson?.fullName ?? ''];
  const iins = [fields.applicant.iin, fields.representedPerson?.iin ?? ''];
  const person = fields.representedPerson ?? fields.applicant;
  return {
    iinKey: await personIinKey(codec, person.iin),
    searchKeys: await Promise.all(
      entrySearchKeys(names, iins).map((k) => consultationSearchKey(codec, k)),
    ),
  };
}
