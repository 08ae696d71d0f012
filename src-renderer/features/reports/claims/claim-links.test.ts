import { describe, expect, it } from 'vitest';
import { hashParams } from '../../../app/use-hash-route';
import { claimHash, claimsListHash, claimsRoute, newClaimHash } from './claim-links';

const route = (hash: string) => claimsRoute(hashParams(hash));

describe('claim addresses', () => {
  it('open the list, a claim, or a new claim of an appointment or a month', () => {
    expect(route(claimsListHash())).toEqual({ view: 'list' });
    expect(route(claimHash('0193-ab'))).toEqual({ view: 'claim', id: '0193-ab' });
    expect(route(newClaimHash('defence', { appointmentId: 'a 1' }))).toEqual({
      view: 'new',
      kind: 'defence',
      appointmentId: 'a 1',
      month: '',
    });
    expect(route(newClaimHash('consultation', { month: '2026-11' }))).toMatchObject({
      kind: 'consultation',
      month: '2026-11',
    });
  });

  it('stay in the reports page’s claims tab', () => {
    for (const h of [claimsListHash(), claimHash('x'), newClaimHash('consultation')]) {
      expect(h.startsWith('#/reports?')).toBe(true);
      expect(hashParams(h).get('tab')).toBe('claims');
    }
  });

  it('ignore a malformed month and an unknown kind', () => {
    expect(route('#/reports?tab=claims&new=consultation&month=11.2026')).toMatchObject({
      month: '',
    });
    expect(route('#/reports?tab=claims&new=other')).toEqual({ view: 'list' });
  });
});
