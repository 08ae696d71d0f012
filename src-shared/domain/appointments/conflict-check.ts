/**
 * The conflict-of-interest check before an appointment is accepted (Rules cl. 36; Law art.
 * 33(8); UPK 66(4), 94(1)(3)): the new intake is compared with the advocate's own records —
 * appointments and consultations — and every match is reported for the advocate to decide.
 *
 * Cases meet through `normalizeCaseNumber`, people through `samePerson` (IIN when both are
 * known, else the normalised full name). A 'conflict' finding bars acceptance unless the
 * advocate records why it does not apply; a 'check' finding asks the advocate to look.
 *
 * Appointments the advocate declined are left out: the advocate never acted in them.
 * Consultations are all compared, whatever their status: even a refused or withdrawn
 * consultation may have told the advocate the person's side of the story.
 */
import type {
  Appointment,
  AppointmentIntake,
  ConflictFinding,
  ConflictFindingKind,
} from '../../contracts/entities/appointment';
import type { ConsultationEntry } from '../../contracts/entities/consultation';
import type { DefenceRegisterPack } from '../../rules/pack-schema';
import { normalizeCaseNumber, samePerson } from './case-keys';
import { statusSide } from './pack-lookups';

export interface ConflictCandidates {
  appointments: Appointment[];
  consultations: ConsultationEntry[];
}

interface Person {
  fullName: string;
  iin?: string;
}

/** "900101******": the birth-date part of an IIN, the rest hidden. */
function hideIin(iin: string): string {
  return iin.length > 6 ? `${iin.slice(0, 6)}${'*'.repeat(iin.length - 6)}` : iin;
}

/** A person as shown in a finding: the name, and the masked IIN when known. */
export function personLabel(p: Person): string {
  const name = p.fullName.trim();
  return p.iin ? `${name} (${hideIin(p.iin)})` : name;
}

const KIND_ORDER: readonly ConflictFindingKind[] = [
  'same-case-opposing',
  'same-case-other-side',
  'same-case-co-client',
  'opposing-was-client',
  'client-was-opposing',
];

interface Sortable {
  finding: ConflictFinding;
  year: number;
  number: number;
}

/**
 * Compares a new (or corrected) intake with the advocate's records. `selfId` is the
 * appointment being corrected, which must not find itself.
 */
export function findConflicts(
  intake: AppointmentIntake,
  candidates: ConflictCandidates,
  pack: DefenceRegisterPack,
  selfId?: string,
): ConflictFinding[] {
  const caseKey = normalizeCaseNumber(intake.caseNumber);
  const found = new Map<string, Sortable>();
  const add = (
    kind: ConflictFindingKind,
    severity: ConflictFinding['severity'],
    record: { type: 'appointment' | 'consultation'; id: string; year: number; number: number },
    person: Person,
    matchedBy: 'iin' | 'name',
    caseNumber: string,
  ) => {
    const label = personLabel(person);
    const key = `${kind}\u0000${record.id}\u0000${label}`;
    if (found.has(key)) return;
    found.set(key, {
      finding: {
        kind,
        severity,
        recordType: record.type,
        recordId: record.id,
        recordLabel: `${record.number}/${record.year}`,
        person: label,
        matchedBy,
        caseNumber,
      },
      year: record.year,
      number: record.number,
    });
  };

  const intakeSide = statusSide(pack, intake.statusId);

  for (const a of candidates.appointments) {
    if (a.id === selfId || a.state === 'declined') continue;
    const record = { type: 'appointment' as const, id: a.id, year: a.year, number: a.number };
    const sameCase = caseKey !== '' && normalizeCaseNumber(a.caseNumber) === caseKey;

    // The earlier client is now on the other side, or the earlier record lists the new
    // client on the other side.
    let opposing = false;
    for (const opp of intake.opposingParties) {
      const m = samePerson(a.client, opp);
      if (!m) continue;
      if (sameCase) {
        add('same-case-opposing', 'conflict', record, a.client, m, a.caseNumber);
        opposing = true;
      } else add('opposing-was-client', 'check', record, a.client, m, a.caseNumber);
    }
    for (const opp of a.opposingParties) {
      const m = samePerson(opp, intake.client);
      if (!m) continue;
      if (sameCase) {
        // Both directions are one fact about one earlier record: it is reported once, naming
        // the earlier client (the person the advocate acted for), as the loop above does.
        if (!opposing) add('same-case-opposing', 'conflict', record, a.client, m, a.caseNumber);
        opposing = true;
      } else add('client-was-opposing', 'check', record, opp, m, a.caseNumber);
    }
    if (!sameCase || opposing) continue;

    // Same case, the same client: the next stage of one defence (cl. 4.3), not a conflict.
    const client = samePerson(a.client, intake.client);
    if (client) continue;

    // Same case, another client: on the other procedural side it is a conflict (UPK 94(1)(3));
    // on the same side the interests may still conflict (UPK 66(4)): the advocate decides.
    const side = statusSide(pack, a.statusId);
    const otherSide =
      side !== null &&
      intakeSide !== null &&
      (side !== intakeSide || (side === 'party' && a.statusId !== intake.statusId));
    const matchedBy = a.client.iin && intake.client.iin ? 'iin' : 'name';
    if (otherSide)
      add('same-case-other-side', 'conflict', record, a.client, matchedBy, a.caseNumber);
    else add('same-case-co-client', 'check', record, a.client, matchedBy, a.caseNumber);
  }

  for (const c of candidates.consultations) {
    const record = { type: 'consultation' as const, id: c.id, year: c.year, number: c.number };
    const people: Person[] = [c.applicant, ...(c.representedPerson ? [c.representedPerson] : [])];
    for (const opp of intake.opposingParties) {
      for (const p of people) {
        const m = samePerson(p, opp);
        if (m) add('opposing-was-client', 'check', record, p, m, '');
      }
    }
  }

  return [...found.values()]
    .sort(
      (x, y) =>
        Number(x.finding.severity !== 'conflict') - Number(y.finding.severity !== 'conflict') ||
        Number(x.finding.recordType !== 'appointment') -
          Number(y.finding.recordType !== 'appointment') ||
        x.year - y.year ||
        x.number - y.number ||
        KIND_ORDER.indexOf(x.finding.kind) - KIND_ORDER.indexOf(y.finding.kind),
    )
    .map((s) => s.finding);
}
