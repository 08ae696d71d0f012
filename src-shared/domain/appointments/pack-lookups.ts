/**
 * Reading the defence-register pack (src-shared/rules/packs/kz-defence-register.json): which
 * statuses, stages and actions fit a kind of proceedings, the only grounds to decline
 * (Rules cl. 36), and the UPK 69(2) warnings a set of mandatory-defence grounds triggers.
 * Nothing legal is decided here beyond what the pack says.
 */
import type { CaseKind } from '../../contracts/entities/appointment';
import type {
  DeclineGround,
  DefenceAction,
  DefenceRegisterPack,
  DefenceSide,
  DefenceStage,
  DefenceStatus,
  RefusalNotAcceptedItem,
} from '../../rules/pack-schema';

/** A cl. 36 ground by id, or undefined when the pack has no such ground. */
export function declineGround(pack: DefenceRegisterPack, id: string): DeclineGround | undefined {
  return pack.declineGrounds.find((g) => g.id === id);
}

/** cl. 36: an appointment may be declined only on one of the pack's grounds. */
export function isDeclineGround(pack: DefenceRegisterPack, id: string): boolean {
  return declineGround(pack, id) !== undefined;
}

/**
 * UPK 69(2): the pack items that say the client's refusal of the defender will not be
 * accepted, given the art. 67(1) grounds marked on the appointment. In pack order, each once.
 */
export function refusalWarnings(
  mandatoryGrounds: readonly string[],
  pack: DefenceRegisterPack,
): RefusalNotAcceptedItem[] {
  const marked = new Set(mandatoryGrounds);
  return pack.refusalNotAccepted.filter((r) => r.whenGrounds.some((g) => marked.has(g)));
}

/** Procedural statuses that exist in this kind of proceedings, in pack order. */
export function statusesFor(pack: DefenceRegisterPack, caseKind: CaseKind): DefenceStatus[] {
  return pack.statuses.filter((s) => s.caseKinds.includes(caseKind));
}

/** Stages of this kind of proceedings, earliest first (cl. 4.3 follows this order). */
export function stagesFor(pack: DefenceRegisterPack, caseKind: CaseKind): DefenceStage[] {
  return pack.stages
    .filter((s) => s.caseKinds.includes(caseKind))
    .sort((a, b) => a.order - b.order);
}

/** Work-log actions that fit this kind of proceedings, in pack order. */
export function actionsFor(pack: DefenceRegisterPack, caseKind: CaseKind): DefenceAction[] {
  return pack.actions.filter((a) => a.caseKinds.includes(caseKind));
}

/** The procedural side of a status (defence, victim, party), or null for an unknown id. */
export function statusSide(pack: DefenceRegisterPack, statusId: string): DefenceSide | null {
  return pack.statuses.find((s) => s.id === statusId)?.side ?? null;
}

/** A stage by id, or undefined. */
export function stageById(pack: DefenceRegisterPack, stageId: string): DefenceStage | undefined {
  return pack.stages.find((s) => s.id === stageId);
}
