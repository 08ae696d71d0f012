import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsultationInput } from '../../../src-shared/contracts/entities/consultation';
import { createRepositories } from '../../db';
import { AppDb } from '../../db/app-db';
import { identityCodec } from '../../db/field-codec';
import { officeRegisterLines } from './office-register';

const dbs: AppDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function office() {
  const db = new AppDb(`office-lines-${Math.random()}`);
  dbs.push(db);
  let n = 0;
  return createRepositories({
    db,
    codec: identityCodec,
    newId: () => `id-${String(++n).padStart(4, '0')}`,
    now: () => '2026-11-25T10:00:00.000Z',
  });
}

const entry = (appliedAt: string, fullName: string): ConsultationInput => ({
  appliedAt,
  language: 'ru',
  applicant: { fullName, iin: '900101300057', identityDocument: { type: 'Удостоверение' } },
  categoryId: null,
  issue: { areaId: 'alimony', subject: 'Алименты' },
  form: 'oral',
  content: 'Разъяснено.',
  startedAt: '09:45',
  endedAt: '10:30',
  place: { kind: 'office' },
  status: 'given',
});

describe('officeRegisterLines', () => {
  it("lists the month's lines advocate by advocate in the roster's order, decoded", async () => {
    const repos = office();
    await repos.consultations.create(entry('2026-11-03T10:00', 'Иванов Пётр'), 'zhanna');
    await repos.consultations.create(entry('2026-11-02T10:00', 'Сидорова Анна'), 'head');
    await repos.consultations.create(entry('2026-11-04T10:00', 'Ким Олег'), 'zhanna');
    await repos.consultations.create(entry('2026-10-30T10:00', 'Октябрь Иван'), 'head');
    await repos.consultations.create(entry('2026-11-05T10:00', 'Неизвестный'), 'ghost');

    const lines = await officeRegisterLines(repos, 'consultations', '2026-11', null, [
      'head',
      'zhanna',
    ]);
    expect(lines.map((l) => [l.advocateId, l.number, l.person, l.subject, l.status])).toEqual([
      ['head', 1, 'Сидорова Анна', 'alimony', 'given'],
      ['zhanna', 1, 'Иванов Пётр', 'alimony', 'given'],
      ['zhanna', 2, 'Ким Олег', 'alimony', 'given'],
      ['ghost', 1, 'Неизвестный', 'alimony', 'given'],
    ]);
    const hers = await officeRegisterLines(repos, 'consultations', '2026-11', 'zhanna', []);
    expect(hers.map((l) => l.person)).toEqual(['Иванов Пётр', 'Ким Олег']);
    expect(await officeRegisterLines(repos, 'defence', '2026-11', null, [])).toEqual([]);
  });
});
