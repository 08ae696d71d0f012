/**
 * Continuity of participation (Rules cl. 4.3): the advocate who defended a person at the
 * pre-trial stage or in a lower court continues at the next stage, unless replaced for one of
 * the good reasons in the pack. These functions find the earlier stage of the same defence and
 * prefill the next one; the stages and their order come from the defence-register pack.
 */
import type {
  Appointment,
  AppointmentIntake,
  AppointmentIntakeInput,
  CaseKind,
} from '../../contracts/entities/appointment';
import type { DefenceRegisterPack, DefenceStage } from '../../rules/pack-schema';
import { normalizeCaseNumber, samePerson } from './case-keys';
import { stageById, stagesFor } from './pack-lookups';

/**
 * The advocate's own appointment this intake continues: the same case (normalised number)
 * and the same client, not declined, not the record itself, at a stage no later than the
 * intake's. The latest stage wins, then the latest received. An intake whose stage the pack
 * does not know compares with every stage.
 */
export function findPreviousStage(
  intake: Pick<AppointmentIntake, 'caseNumber' | 'client' | 'stageId' | 'caseKind'>,
  own: readonly Appointment[],
  pack: DefenceRegisterPack,
  selfId?: string,
): Appointment | null {
  const caseKey = normalizeCaseNumber(intake.caseNumber);
  if (caseKey === '') return null;
  const limit = stageById(pack, intake.stageId)?.order ?? Number.POSITIVE_INFINITY;
  let best: { a: Appointment; order: number } | null = null;
  for (const a of own) {
    if (a.id === selfId || a.state === 'declined') continue;
    if (normalizeCaseNumber(a.caseNumber) !== caseKey) continue;
    if (!samePerson(a.client, intake.client)) continue;
    const order = stageById(pack, a.stageId)?.order;
    if (order === undefined || order > limit) continue;
    if (!best || order > best.order || (order === best.order && a.receivedAt > best.a.receivedAt))
      best = { a, order };
  }
  return best?.a ?? null;
}

/** The stage after this one in this kind of proceedings, or null at the last (cassation). */
export function nextStage(
  stageId: string,
  caseKind: CaseKind,
  pack: DefenceRegisterPack,
): DefenceStage | null {
  const current = stageById(pack, stageId);
  if (!current) return null;
  return stagesFor(pack, caseKind).find((s) => s.order > current.order) ?? null;
}

/**
 * An intake for the next stage of `prev`, prefilled from it: the same case, client, kind,
 * qualification, grounds and opposing parties; the status the pack says the client has there
 * (suspect → подсудимый at first instance), else the same; the new decree, its date and the
 * time received are left for the advocate. Null when `prev` is at the last stage.
 *
 * The category and eligibility pack are carried over as a suggestion: the form re-checks them
 * against the eligibility pack in force on the new decree's date.
 */
export function nextStageDraft(
  prev: Appointment,
  pack: DefenceRegisterPack,
): AppointmentIntakeInput | null {
  const next = nextStage(prev.stageId, prev.caseKind, pack);
  if (!next) return null;
  const status = pack.statuses.find((s) => s.id === prev.statusId);
  const statusId =
    status?.continuesAs?.find((c) => c.stageId === next.id)?.statusId ?? prev.statusId;
  return {
    source: 'ezk',
    receivedAt: '',
    language: prev.language,
    ezkNumber: '',
    decree: { number: '', date: '', body: '', official: '' },
    caseKind: prev.caseKind,
    caseNumber: prev.caseNumber,
    client: { fullName: prev.client.fullName, iin: prev.client.iin },
    statusId,
    categoryId: prev.categoryId,
    ...(prev.eligibilityPack ? { eligibilityPack: { ...prev.eligibilityPack } } : {}),
    qualification: prev.qualification,
    stageId: next.id,
    mandatoryGrounds: [...prev.mandatoryGrounds],
    opposingParties: prev.opposingParties.map((p) => ({ ...p })),
    previousAdvocate: '',
    replacementReasonId: '',
    replacementNote: '',
    note: '',
  };
}
