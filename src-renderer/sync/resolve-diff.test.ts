import { describe, expect, it } from 'vitest';
import { en } from '../../src-shared/i18n/en';
import { kk } from '../../src-shared/i18n/kk';
import { ru } from '../../src-shared/i18n/ru';
import { diffLabelKeys, diffRecords, diffsEntity } from './resolve-diff';
import { consultationInput } from '../../src-shared/contracts/entities/consultation.fixture';

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'c1',
  version: 2,
  advocateId: 'adv-a',
  year: 2026,
  number: 7,
  ...consultationInput(),
  appointmentAt: '',
  note: '',
  ...over,
});

const byPath = (rows: ReturnType<typeof diffRecords>) => new Map(rows.map((r) => [r.path, r]));

describe('diffRecords', () => {
  it('lists the meaningful fields with label keys, marking only those that differ', () => {
    const rows = diffRecords(
      'consultation',
      entry({ content: 'Менің түзетуім', status: 'deferred' }),
      entry(),
    );
    const m = byPath(rows);
    expect(m.get('content')).toEqual({
      path: 'content',
      labelKey: 'sync.conflict.fields.content',
      mine: 'Менің түзетуім',
      server: 'Талап арыз беру тәртібі түсіндірілді.',
      differs: true,
    });
    expect(m.get('status')).toMatchObject({
      mine: 'deferred',
      server: 'given',
      valueKey: 'register.statuses',
      differs: true,
    });
    expect(m.get('applicant.fullName')).toMatchObject({
      mine: 'Серікбаев Арман',
      server: 'Серікбаев Арман',
      differs: false,
    });
    expect(m.get('number')).toMatchObject({ mine: '7/2026', differs: false });
    expect(m.get('applicant.identityDocument')!.mine).toBe('Жеке куәлік · 045123456 · 2019-05-01');
    expect(rows.filter((r) => r.differs).map((r) => r.path)).toEqual(['content', 'status']);
    // Not the raw JSON, not the bookkeeping: no id, version, entryJson.
    expect(rows.some((r) => /^(id|version|entryJson|advocateId)$/.test(r.path))).toBe(false);
  });

  it('treats empty, missing and null as the same "nothing", and ignores key order', () => {
    const a = entry({ note: '', representedPerson: undefined });
    const b = entry({ applicant: { ...entry().applicant }, note: undefined });
    // Same applicant, keys written in another order.
    (b as Record<string, unknown>).applicant = {
      identityDocument: { date: '2019-05-01', number: '045123456', type: 'Жеке куәлік' },
      iin: '900101300057',
      fullName: 'Серікбаев Арман',
    };
    const rows = diffRecords('consultation', a, b);
    expect(rows.filter((r) => r.differs)).toEqual([]);
    // A field empty in both versions is not listed at all.
    expect(rows.some((r) => r.path === 'note' || r.path === 'representedPerson.fullName')).toBe(
      false,
    );
  });

  it('shows a field filled on one side only, and a missing version as an empty column', () => {
    const rows = diffRecords('consultation', entry({ note: 'Қосымша' }), null);
    expect(byPath(rows).get('note')).toMatchObject({
      mine: 'Қосымша',
      server: null,
      differs: true,
    });
    expect(rows.every((r) => r.server === null && r.differs)).toBe(true);
  });

  it('renders lists of an appointment one item per line and compares them as data', () => {
    const appt = (work: unknown[]) => ({
      id: 'a1',
      number: 3,
      year: 2026,
      state: 'accepted',
      caseNumber: '241500031000123',
      client: { fullName: 'Омаров Ерлан', iin: '' },
      opposingParties: [{ fullName: 'Ахметов Б.', iin: '', statusId: 'victim' }],
      work,
    });
    const item = {
      date: '2026-11-25',
      startedAt: '10:00',
      endedAt: '11:30',
      actionId: 'interrogation',
    };
    const rows = byPath(
      diffRecords('appointment', appt([item, { ...item, date: '2026-11-26' }]), appt([item])),
    );
    expect(rows.get('work')).toMatchObject({
      mine: '2026-11-25 10:00–11:30 · interrogation\n2026-11-26 10:00–11:30 · interrogation',
      server: '2026-11-25 10:00–11:30 · interrogation',
      differs: true,
    });
    expect(rows.get('opposingParties')).toMatchObject({
      mine: 'Ахметов Б. · victim',
      differs: false,
    });
    expect(rows.get('state')).toMatchObject({ valueKey: 'appointments.states', differs: false });
    expect(rows.has('client.iin')).toBe(false);
  });

  it('knows profiles and eligibility checks, and nothing of other entities', () => {
    const profile = {
      id: 'adv-a',
      fullName: 'Әбілқасымова Гүлнәр',
      phone: '+77012345678',
      role: 'advocate',
    };
    const rows = byPath(diffRecords('profile', { ...profile, phone: '+77019998877' }, profile));
    expect(rows.get('phone')!.differs).toBe(true);
    expect(rows.get('role')).toMatchObject({ valueKey: 'roles', differs: false });
    const check = { facts: { issue: { isLegal: true } }, decision: { outcome: 'eligible' } };
    expect(
      byPath(diffRecords('eligibilityCheck', check, check)).get('facts.issue.isLegal'),
    ).toMatchObject({ mine: 'yes', valueKey: 'sync.conflict.bool', differs: false });
    expect(diffsEntity('rulePack')).toBe(false);
    expect(diffRecords('rulePack', { a: 1 }, { a: 2 })).toEqual([]);
  });

  it.each([
    ['en', en],
    ['kk', kk],
    ['ru', ru],
  ] as const)('every label it produces has words in %s', (_, catalog) => {
    const fields = catalog.sync.conflict.fields as Record<string, string>;
    for (const key of diffLabelKeys()) {
      const name = key.replace('sync.conflict.fields.', '');
      expect(fields[name], key).toBeTruthy();
    }
  });
});
