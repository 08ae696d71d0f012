/**
 * How a recorded eligibility decision is stored: its personal fields (encrypted by the codec)
 * and its lookup key, derived from the facts — one derivation for the repository's writes and
 * the sync boundary's recomputation (at-rest/shapes.ts).
 */
import type { EligibilityFacts } from '../../src-shared/domain/eligibility/types';
import type { FieldCodec } from './field-codec';
import { personIinKey } from './lookup-keys';
import type { EligibilityCheckRow } from './rows';

export const CHECK_ENTITY = 'eligibilityCheck';
export const CHECK_PERSONAL = ['factsJson', 'decisionJson'] as const;

/**
 * `iinKey` in the shared person namespace (lookup-keys.ts): the once-per-issue check compares it
 * with consultations' keys and colleagues' aid marks.
 */
export async function checkLookupKeys(
  codec: FieldCodec,
  facts: Pick<EligibilityFacts, 'person'>,
): Promise<Pick<EligibilityCheckRow, 'iinKey'>> {
  return { iinKey: await personIinKey(codec, facts.person.iin) };
}
