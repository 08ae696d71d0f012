import { describe, expect, it } from 'vitest';
import type { DefenceRegisterPack } from '../../rules/pack-schema';
import { loadShippedPacks } from '../../rules/shipped-packs';
import {
  actionsFor,
  declineGround,
  isDeclineGround,
  refusalWarnings,
  stageById,
  stagesFor,
  statusesFor,
  statusSide,
} from './pack-lookups';

const pack = loadShippedPacks().find(
  (p): p is DefenceRegisterPack => p.kind === 'defence-register',
)!;

describe('decline grounds (Rules cl. 36)', () => {
  it('knows exactly the two grounds of cl. 36', () => {
    expect(pack.declineGrounds.map((g) => g.id)).toEqual([
      'decline.36-1.conflict-of-interest',
      'decline.36-2.procedural-exclusion',
    ]);
    expect(declineGround(pack, 'decline.36-1.conflict-of-interest')?.source).toMatchObject({
      paragraph: '36',
      subparagraph: '1',
    });
    expect(isDeclineGround(pack, 'decline.36-2.procedural-exclusion')).toBe(true);
  });

  it('refuses anything else, including ids from other lists', () => {
    expect(declineGround(pack, 'decline.too-busy')).toBeUndefined();
    expect(isDeclineGround(pack, 'replace.illness')).toBe(false);
    expect(isDeclineGround(pack, '')).toBe(false);
  });
});

describe('refusalWarnings (UPK 69(2))', () => {
  it('warns for a minor, and once per item', () => {
    expect(refusalWarnings(['upk-67-1-2', 'upk-67-1-2'], pack).map((r) => r.id)).toEqual([
      'refusal-not-accepted.minor',
    ]);
  });

  it('warns for grounds 2)–6) in pack order', () => {
    const r = refusalWarnings(
      ['upk-67-1-6', 'upk-67-1-5', 'upk-67-1-4', 'upk-67-1-3', 'upk-67-1-2'],
      pack,
    );
    expect(r.map((x) => x.id)).toEqual([
      'refusal-not-accepted.minor',
      'refusal-not-accepted.disability',
      'refusal-not-accepted.language',
      'refusal-not-accepted.life-imprisonment',
      'refusal-not-accepted.psychiatric-examination',
    ]);
    expect(r[3]!.warning.ru).toContain('пожизненное');
  });

  it('does not warn for the grounds a refusal may be accepted on', () => {
    for (const g of ['upk-67-1-1', 'upk-67-1-7', 'upk-67-1-8', 'upk-67-1-9', 'upk-67-1-10'])
      expect(refusalWarnings([g], pack), g).toEqual([]);
    expect(refusalWarnings([], pack)).toEqual([]);
  });
});

describe('per kind of proceedings', () => {
  it('lists the statuses of each kind', () => {
    expect(statusesFor(pack, 'criminal').map((s) => s.id)).toEqual([
      'status.suspect',
      'status.accused',
      'status.defendant',
      'status.convicted',
      'status.acquitted',
      'status.witness-with-right-to-defence',
      'status.victim',
    ]);
    expect(statusesFor(pack, 'administrative-offence').map((s) => s.id)).toEqual([
      'status.admin-offender',
      'status.admin-victim',
    ]);
    expect(statusesFor(pack, 'civil').map((s) => s.id)).toEqual([
      'status.civil-plaintiff',
      'status.civil-defendant',
    ]);
    expect(statusesFor(pack, 'administrative').map((s) => s.id)).toEqual([
      'status.admin-plaintiff',
      'status.admin-defendant',
    ]);
  });

  it('orders the stages, with pre-trial only in criminal cases', () => {
    expect(stagesFor(pack, 'criminal').map((s) => s.id)).toEqual([
      'stage.pre-trial',
      'stage.first-instance',
      'stage.appeal',
      'stage.cassation',
    ]);
    expect(stagesFor(pack, 'administrative-offence').map((s) => s.id)).toEqual([
      'stage.body-consideration',
      'stage.first-instance',
      'stage.appeal',
      'stage.cassation',
    ]);
    expect(stagesFor(pack, 'civil').map((s) => s.id)).toEqual([
      'stage.first-instance',
      'stage.appeal',
      'stage.cassation',
    ]);
    expect(stageById(pack, 'stage.appeal')?.order).toBe(3);
    expect(stageById(pack, 'stage.nowhere')).toBeUndefined();
  });

  it('offers only the actions that fit the kind', () => {
    const criminal = actionsFor(pack, 'criminal').map((a) => a.id);
    const civil = actionsFor(pack, 'civil').map((a) => a.id);
    expect(criminal).toContain('action.interrogation');
    expect(criminal).not.toContain('action.civil-hearing');
    expect(civil).toContain('action.civil-hearing');
    expect(civil).not.toContain('action.interrogation');
    expect(actionsFor(pack, 'administrative-offence').map((a) => a.id)).toContain(
      'action.admin-offence-consideration',
    );
    for (const kind of ['criminal', 'administrative-offence', 'civil', 'administrative'] as const)
      expect(actionsFor(pack, kind).map((a) => a.id)).toContain('action.other');
  });

  it('tells the procedural side of a status', () => {
    expect(statusSide(pack, 'status.suspect')).toBe('defence');
    expect(statusSide(pack, 'status.witness-with-right-to-defence')).toBe('defence');
    expect(statusSide(pack, 'status.victim')).toBe('victim');
    expect(statusSide(pack, 'status.admin-victim')).toBe('victim');
    expect(statusSide(pack, 'status.civil-defendant')).toBe('party');
    expect(statusSide(pack, 'status.unknown')).toBeNull();
  });
});
