/**
 * The office reports count consultations from rows (office-rows.ts), the advocate's own report
 * from decoded entries (report-data.ts): both must say the same about every figure the office
 * reports read, or the head's summary and the advocate's report would disagree.
 */
import { describe, expect, it } from 'vitest';
import type { ConsultationEntry } from '../../../src-shared/contracts/entities/consultation';
import {
  reportConsultation,
  type ReportConsultation,
} from '../../../src-shared/domain/reports/report-inputs';
import { testConsultation, testIin } from '../../../src-shared/domain/reports/reports.fixture';
import type { AppDb } from '../../db/app-db';
import { ConsultationRepository } from '../../db/consultation-repository';
import type { FieldCodec } from '../../db/field-codec';
import { consultationFromRow } from './office-rows';

/** A codec whose lookup keys are not the IINs, as once the registers are encrypted. */
const keyed: FieldCodec = {
  id: 'test-keyed',
  encode: async (_e, _f, p) => p,
  decode: async (_e, _f, s) => s,
  lookupKey: async (_e, kind, p) => `${kind}#${[...p].reverse().join('')}`,
};
const repo = new ConsultationRepository({
  db: undefined as unknown as AppDb,
  codec: keyed,
  newId: () => 'unused',
  now: () => '2026-11-30T10:00:00.000Z',
});

async function rowOf(e: ConsultationEntry) {
  const { id, version, advocateId, number, createdAt, updatedAt } = e;
  const meta = { id, version, advocateId, number, createdAt, updatedAt };
  return repo.rowFor(e, meta, e.year);
}

/** What the office reports read (not the form, not the place). */
const officeView = ({ form: _f, atPersonLocation: _a, ...rest }: ReportConsultation) => rest;

describe('consultationFromRow', () => {
  const represented = {
    fullName: 'Бала Балаұлы',
    iin: testIin(77),
    identityDocument: { type: 'Туу туралы куәлік' },
  };
  const entries = [
    testConsultation('c1', '2026-11-03T10:00', { minutes: 40, settlement: 'rural' }),
    testConsultation('c2', '2026-11-03T23:30', { minutes: 20, settlement: 'urban' }),
    testConsultation('c3', '2026-11-04T09:00', { status: 'deferred' }),
    testConsultation('c4', '2026-11-05T09:00', { status: 'refused', categoryId: null }),
    testConsultation('c5', '2026-11-06T09:00', { representedPerson: represented }),
  ];

  it('gives what the decoded entry gives, for every figure the office reads', async () => {
    for (const e of entries) {
      const row = await rowOf(e);
      const key = await keyed.lookupKey(
        'consultation',
        'iin',
        (e.representedPerson ?? e.applicant).iin,
      );
      expect(officeView(consultationFromRow(row))).toEqual(
        officeView({ ...reportConsultation(e, () => key), appliedAt: e.appliedAt.slice(0, 10) }),
      );
    }
  });

  it('counts the person by the lookup key, never by the IIN', async () => {
    const row = await rowOf(entries[4]!);
    const person = consultationFromRow(row).personKey;
    expect(person).not.toContain(represented.iin);
    expect(person).toBe(row.iinKey);
  });

  it('takes a row without a settlement as not stated', async () => {
    const row = await rowOf(entries[2]!);
    delete row.settlement;
    expect(consultationFromRow(row).settlement).toBe('unstated');
  });
});
