/**
 * The roster member form's values, and their conversion to and from the roster input schema
 * (`src-shared/contracts/entities/duty-roster.ts`). The form keeps exactly the schema's shape
 * except where a screen needs something else (the phone as people read it), so a zod issue's
 * path is, joined with dots, the form field that shows it.
 */
import {
  dutyKinds,
  specialisations as allSpecialisations,
  type Absence,
  type AbsenceGround,
  type AbsenceType,
  type DutyKind,
  type RosterMember,
  type RosterMemberInput,
  type RosterStatus,
  type Specialisation,
} from '../../../src-shared/contracts/entities/duty-roster';
import { formatPhone } from '../../../src-shared/domain/phone/phone';

export interface AbsenceFormValues {
  id: string;
  type: AbsenceType;
  /** ISO dates, '' until chosen. */
  from: string;
  to: string;
  ground: AbsenceGround;
  reason: string;
}

export interface RosterFormValues {
  fullName: string;
  phone: string;
  /** The sync account id, '' for none. */
  userId: string;
  licenceNumber: string;
  specialisations: Specialisation[];
  territory: string;
  /** The checked schedules (a Checkbox.Group's value, in the order they were ticked). */
  kinds: DutyKind[];
  soloPractitioner: boolean;
  status: RosterStatus;
  absences: AbsenceFormValues[];
  note: string;
}

/** A new member: in all three schedules, as cl. 21 (equal participation in all kinds) expects. */
export function emptyRosterValues(): RosterFormValues {
  return {
    fullName: '',
    phone: '',
    userId: '',
    licenceNumber: '',
    specialisations: [],
    territory: '',
    kinds: [...dutyKinds],
    soloPractitioner: false,
    status: 'active',
    absences: [],
    note: '',
  };
}

/**
 * A new absence row. The end is left empty on purpose: a default end date would be saved
 * unnoticed and could keep an advocate off (or on) duty on days nobody chose.
 */
export function newAbsence(id: string, today: string): AbsenceFormValues {
  return { id, type: 'unavailable', from: today, to: '', ground: 'leave', reason: '' };
}

function absenceValues(a: Absence): AbsenceFormValues {
  return { id: a.id, type: a.type, from: a.from, to: a.to, ground: a.ground, reason: a.reason };
}

export function valuesFromMember(m: RosterMember): RosterFormValues {
  return {
    fullName: m.fullName,
    phone: formatPhone(m.phone),
    userId: m.userId,
    licenceNumber: m.licenceNumber,
    specialisations: [...m.specialisations],
    territory: m.territory,
    kinds: [...m.kinds],
    soloPractitioner: m.soloPractitioner,
    status: m.status,
    absences: m.absences.map(absenceValues),
    note: m.note,
  };
}

/**
 * The repository's input. Kinds and specialisations go in a fixed order (the Rules' order of
 * cl. 20, the contract's list) whatever order they were ticked in: the repository saves a new
 * version only when a value changes, and ticking the same boxes differently is no change.
 */
export function toRosterInput(v: RosterFormValues): RosterMemberInput {
  return {
    fullName: v.fullName,
    phone: v.phone,
    userId: v.userId,
    licenceNumber: v.licenceNumber,
    specialisations: allSpecialisations.filter((s) => v.specialisations.includes(s)),
    territory: v.territory,
    kinds: dutyKinds.filter((k) => v.kinds.includes(k)),
    soloPractitioner: v.soloPractitioner,
    status: v.status,
    absences: v.absences.map((a) => ({ ...a })),
    note: v.note,
  };
}

/** The input of `m` as it is, with one change (used by "Mark as left" / "Return"). */
export function memberInputWith(
  m: RosterMember,
  change: Partial<RosterMemberInput>,
): RosterMemberInput {
  return { ...toRosterInput(valuesFromMember(m)), ...change };
}

const topLevelFields = new Set<string>(Object.keys(emptyRosterValues()));
const absenceFields = new Set<string>(['type', 'from', 'to', 'ground', 'reason']);

/**
 * The form field that shows a zod issue at `path`. Paths map one to one; anything deeper than
 * a field the form has (an element of a list) is shown on the list itself, and an unknown path
 * on the name, so no error is ever lost off screen.
 */
export function rosterFieldOf(path: readonly PropertyKey[]): string {
  const [head, index, field] = path;
  if (head === 'absences' && typeof index === 'number') {
    return typeof field === 'string' && absenceFields.has(field)
      ? `absences.${index}.${field}`
      : 'absences';
  }
  return typeof head === 'string' && topLevelFields.has(head) ? head : 'fullName';
}

/** Field → the first issue's message key (`validation.*`), for the form to translate. */
export function rosterIssueFields(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[rosterFieldOf(issue.path)] ??= issue.message;
  return out;
}

/**
 * The absence to show on the roster for `today`: one in force, else the nearest ahead; null
 * when neither. Among absences in force a suspension wins (cl. 23: the advocate asked to be
 * taken off SGLA), since that is what the head must not miss; an absence in force wins over
 * any ahead, because it is what keeps the advocate off duty today.
 */
export function absenceToShow(
  absences: readonly Absence[],
  today: string,
): { absence: Absence; now: boolean } | null {
  const current = absences.filter((a) => a.from <= today && today <= a.to);
  const shown = current.find((a) => a.type === 'suspension') ?? current[0];
  if (shown) return { absence: shown, now: true };
  const next = absences
    .filter((a) => a.from > today)
    .sort((a, b) => a.from.localeCompare(b.from))[0];
  return next ? { absence: next, now: false } : null;
}
