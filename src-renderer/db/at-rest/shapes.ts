/**
 * What each synced entity keeps in IndexedDB in another form than on the wire (docs/sync.md,
 * "Encryption at rest and the wire"): its personal fields (encrypted by the device's codec) and
 * its lookup-key fields (blind indexes under the device's index key), with how those keys are
 * derived from the plain record. The derivations are the repositories' own (consultation-rows.ts,
 * appointment-rows.ts, eligibility-check-rows.ts), so a row recomputed here is the row the
 * repository would have written. Every other field is plain and passes through untouched.
 *
 * A `Record` over SyncedEntityName: a new synced entity does not compile until it says what is
 * personal in it — a forgotten entity would otherwise reach IndexedDB in clear from a pull.
 */
import type { EligibilityFacts } from '../../../src-shared/domain/eligibility/types';
import { profilePersonalFields } from '../../../src-shared/contracts/entities/profile';
import type { SyncedEntityName } from '../../../src-shared/contracts/sync/protocol';
import {
  APPOINTMENT_PERSONAL,
  appointmentLookupKeys,
  type AppointmentPeople,
} from '../appointment-rows';
import {
  CONSULTATION_PERSONAL,
  consultationLookupKeys,
  type ConsultationPeople,
} from '../consultation-rows';
import { DISTRIBUTION_PERSONAL } from '../distribution-repository';
import { CHECK_PERSONAL, checkLookupKeys } from '../eligibility-check-rows';
import { FEE_CLAIM_PERSONAL } from '../fee-claim-rows';
import type { FieldCodec } from '../field-codec';

export type Rec = Record<string, unknown>;

export interface AtRestShape {
  /** String fields the codec encrypts (`encodeFields`), bound to the entity and field name. */
  personal: readonly string[];
  /** The fields `lookups` returns: string or string[] keys made by the codec's `lookupKey`. */
  lookupFields: readonly string[];
  /**
   * The lookup fields of a row whose personal fields are plain (decoded), made with `codec`.
   * Throws on a body it cannot read (transcode.ts turns that into a TranscodeError).
   */
  lookups?: (codec: FieldCodec, plain: Rec) => Promise<Rec>;
}

const json = <T>(plain: Rec, field: string): T => JSON.parse(plain[field] as string) as T;
const nothingPersonal: AtRestShape = { personal: [], lookupFields: [] };

export const atRestShapes: Record<SyncedEntityName, AtRestShape> = {
  consultation: {
    personal: CONSULTATION_PERSONAL,
    lookupFields: ['iinKey', 'searchKeys'],
    lookups: (codec, plain) =>
      consultationLookupKeys(codec, json<ConsultationPeople>(plain, 'entryJson')),
  },
  appointment: {
    personal: APPOINTMENT_PERSONAL,
    lookupFields: ['caseKey', 'personKeys', 'searchKeys'],
    lookups: (codec, plain) =>
      appointmentLookupKeys(codec, json<AppointmentPeople>(plain, 'recordJson')),
  },
  eligibilityCheck: {
    personal: CHECK_PERSONAL,
    lookupFields: ['iinKey'],
    lookups: (codec, plain) => checkLookupKeys(codec, json<EligibilityFacts>(plain, 'factsJson')),
  },
  profile: { personal: profilePersonalFields, lookupFields: [] },
  distribution: { personal: DISTRIBUTION_PERSONAL, lookupFields: [] },
  feeClaim: { personal: FEE_CLAIM_PERSONAL, lookupFields: [] },
  // Office records the repositories keep plain on purpose: roster names and phones are printed
  // in the public schedule (cl. 21), schedules and answers name advocates, not persons helped.
  rosterMember: nothingPersonal,
  dutySchedule: nothingPersonal,
  scheduleAck: nothingPersonal,
  distributionAnswer: nothingPersonal,
};

/** The shape of an entity; none for device-local or unknown entities (nothing to transcode). */
export function shapeOf(entity: string): AtRestShape | undefined {
  return Object.hasOwn(atRestShapes, entity) ? atRestShapes[entity as SyncedEntityName] : undefined;
}
