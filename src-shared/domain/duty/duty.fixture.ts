/** Duty records for the domain's tests (queue, fairness): a roster member and a hand-over. */
import type { Distribution, DistributionRound } from '../../contracts/entities/duty-distribution';
import type { RosterMember } from '../../contracts/entities/duty-roster';

export const stamp = {
  version: 1,
  createdAt: '2026-10-20T09:00:00Z',
  updatedAt: '2026-10-20T09:00:00Z',
};

/** An active member in all three schedules, named "Advocate <id>" unless patched. */
export function testMember(id: string, patch: Partial<RosterMember> = {}): RosterMember {
  return {
    ...stamp,
    id,
    headId: 'head',
    fullName: `Advocate ${id}`,
    phone: '+77010000000',
    userId: '',
    licenceNumber: '',
    specialisations: [],
    territory: '',
    kinds: ['pretrial', 'court', 'consultation'],
    soloPractitioner: false,
    status: 'active',
    absences: [],
    note: '',
    ...patch,
  };
}

/** A hand-over of a placeholder document received on `documentDate`. */
export function testDistribution(
  id: string,
  number: number,
  rounds: DistributionRound[],
  documentDate: string,
): Distribution {
  return {
    ...stamp,
    id,
    headId: 'head',
    year: 2026,
    number,
    document: {
      receivedAt: `${documentDate}T08:30`,
      decree: { number: '1', date: documentDate, body: 'Body', official: '' },
      caseKind: 'criminal',
      caseNumber: '1',
      client: { fullName: 'Client', iin: '' },
      statusId: 'status.suspect',
      stageId: 'stage.pre-trial',
      note: '',
    },
    rounds,
    assigneeUserId: '',
  };
}
