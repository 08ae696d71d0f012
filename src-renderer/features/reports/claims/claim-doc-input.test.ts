import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../src-shared/contracts/entities/profile';
import { packInForce } from '../../../../src-shared/rules/select-pack';
import { feeApplicationDoc } from '../../../documents/fee-application';
import { feeChecklistDoc } from '../../../documents/fee-checklist';
import { applicationInputOf, hasCalculation, type FrozenClaim } from './claim-doc-input';
import { claimModel } from './claim-model';
import { ADVOCATE, appointment, packs, shipped, storedClaim, world } from './claims.fixture';

const profile: Profile = {
  id: ADVOCATE,
  version: 1,
  createdAt: 'x',
  updatedAt: 'x',
  fullName: 'Сәрсенбаев Нұрлан',
  licenceNumber: '0001234',
  licenceDate: '2010-03-12',
  collegium: 'Алматы қалалық адвокаттар алқасы',
  office: '№ 5 заң консультациясы',
  phone: '+77011234567',
  iin: '900101300057',
  role: 'advocate',
};

/** A claim of appointment 12/2026 made ready with the engine's own calculation. */
function readyClaim(over: Partial<FrozenClaim> = {}): FrozenClaim {
  const draft = storedClaim({ workItemIds: ['w1', 'w2'], feeCategoryId: 'fee.criminal.minor' });
  const m = claimModel(
    { id: draft.id, advocateId: ADVOCATE, fields: draft, state: 'draft' },
    world(),
    packs,
    '2026-11-30',
  );
  return { ...draft, state: 'ready', calculation: m.calculation, ...over };
}

describe('applicationInputOf', () => {
  it('takes the client and case from the appointment, the advocate from the profile', () => {
    const input = applicationInputOf(readyClaim(), profile, appointment(), shipped, '2026-12-01');
    expect(input.case).toMatchObject({
      clientName: 'Серікбаев Арман',
      caseNumber: '241500031000123',
      decreeNumber: '12',
      body: 'СУ ДП г. Алматы',
    });
    expect(input.case!.stage.kk).not.toBe('stage.pre-trial');
    expect(input.advocate).toMatchObject({ fullName: profile.fullName, iin: profile.iin });
    expect(input.applicationDate).toBe('2026-12-01');
  });

  it('is dated the day it was filed, with the tariff pack in force then', () => {
    const filed = readyClaim({
      state: 'submitted',
      submission: { date: '2025-10-01', channel: 'paper', ezkNumber: '' },
    });
    const input = applicationInputOf(filed, profile, appointment(), shipped, '2026-12-01');
    expect(input.applicationDate).toBe('2025-10-01');
    expect(input.tariff).toBe(packInForce(shipped, 'tariff', '2025-10-01'));
  });

  it('gives the documents what they print, in both languages', () => {
    const claim = readyClaim();
    expect(hasCalculation(claim)).toBe(true);
    const input = applicationInputOf(claim, profile, appointment(), shipped, '2026-12-01');
    for (const lang of ['kk', 'ru'] as const) {
      const text = JSON.stringify(feeApplicationDoc(input, lang));
      expect(text).toContain('Серікбаев Арман');
      expect(text).toContain('1/2026');
      expect(JSON.stringify(feeChecklistDoc(input, lang))).toContain('1/2026');
    }
  });

  it('refuses to print without any tariff pack rather than print a wrong form', () => {
    const none = shipped.filter((p) => p.kind !== 'tariff');
    expect(() =>
      applicationInputOf(readyClaim(), profile, appointment(), none, '2026-12-01'),
    ).toThrow();
  });
});
