/**
 * Opening a stored version of a synced record for the conflict detail: the personal part goes
 * through the repositories' own decoders (and so through the field codec), so the comparison
 * keeps working once issue 9 encrypts `entryJson` / `recordJson` / `factsJson`. A version that
 * cannot be read (a damaged record the server refused, a key that is gone) is null, never a
 * throw: the detail then says so instead of failing.
 */
import { profilePersonalFields } from '../../src-shared/contracts/entities/profile';
import { openRow } from '../db/appointment-rows';
import type { RepoDeps } from '../db/commit-change';
import { ConsultationRepository } from '../db/consultation-repository';
import { CHECK_PERSONAL } from '../db/eligibility-check-rows';
import { decodeFields } from '../db/field-codec';
import type { AppointmentRow, ConsultationRow, EligibilityCheckRow } from '../db/rows';

type Rec = Record<string, unknown>;

async function open(deps: RepoDeps, entity: string, row: Rec): Promise<Rec | null> {
  switch (entity) {
    case 'consultation':
      return (await new ConsultationRepository(deps).open(
        row as unknown as ConsultationRow,
      )) as unknown as Rec;
    case 'appointment':
      return (await openRow(deps.codec, row as unknown as AppointmentRow)) as unknown as Rec;
    case 'profile':
      return decodeFields(deps.codec, 'profile', row, profilePersonalFields as unknown as string[]);
    case 'eligibilityCheck': {
      const plain = await decodeFields(
        deps.codec,
        'eligibilityCheck',
        row as unknown as EligibilityCheckRow,
        CHECK_PERSONAL,
      );
      return {
        ...row,
        facts: JSON.parse(plain.factsJson) as unknown,
        decision: JSON.parse(plain.decisionJson) as unknown,
      };
    }
    default:
      return null;
  }
}

/** The decoded record of a stored row, or null when it cannot be read. */
export async function openStored(
  deps: RepoDeps,
  entity: string,
  row: Rec | null | undefined,
): Promise<Rec | null> {
  if (!row) return null;
  try {
    return await open(deps, entity, row);
  } catch {
    return null;
  }
}
