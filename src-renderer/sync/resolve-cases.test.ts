import { describe, expect, it } from 'vitest';
import { offeredActions, type RawCase } from './resolve-cases';

const base: RawCase = {
  source: 'quarantine',
  entity: 'consultation',
  entityId: 'c1',
  code: 'conflict',
  ops: [],
  baseVersion: 1,
  mine: { id: 'c1', version: 2 },
  server: { id: 'c1', version: 2 },
  local: { id: 'c1', version: 2 },
  serverLanded: true,
  ownerId: 'adv-a',
};
const advocate = { userId: 'adv-a', role: 'advocate' as const };
const offered = (over: Partial<RawCase>, me: Parameters<typeof offeredActions>[1] = advocate) =>
  offeredActions({ ...base, ...over }, me);

describe('offeredActions', () => {
  it('an edit that conflicted or met a version gap: keep the server’s, or apply mine again', () => {
    expect(offered({})).toEqual(['kept-server', 'reapplied']);
    expect(offered({ code: 'version-gap' })).toEqual(['kept-server', 'reapplied']);
    expect(offered({ entity: 'appointment' })).toEqual(['kept-server', 'reapplied']);
    // Checks are recorded decisions: never rewritten, only the server's kept.
    expect(offered({ entity: 'eligibilityCheck' })).toEqual(['kept-server']);
  });

  it('a new entry whose id was taken: send as new, never merged into the other record', () => {
    expect(offered({ baseVersion: 0 })).toEqual(['kept-server', 'sent-as-new']);
    expect(offered({ baseVersion: 0, entity: 'appointment' })).toEqual([
      'kept-server',
      'sent-as-new',
    ]);
    // The profile is one person's on every laptop: applying mine again is right.
    expect(offered({ baseVersion: 0, entity: 'profile' })).toEqual(['kept-server', 'reapplied']);
  });

  it('nothing to choose when the server sent no copy, the record is not mine, or it is resolved', () => {
    expect(offered({ code: 'invalid-record', serverLanded: false })).toEqual([]);
    expect(offered({ code: 'record-too-large', serverLanded: true })).toEqual(['kept-server']);
    expect(offered({}, { userId: 'adv-b', role: 'advocate' })).toEqual([]);
    expect(offered({}, { userId: 'head-1', role: 'head' })).toEqual(['kept-server']);
    expect(offered({ mine: null })).toEqual(['kept-server']);
    expect(offered({ resolvedAt: '2026-11-25T10:00:00.000Z' })).toEqual([]);
  });

  it('a register number taken here: keep both, whoever looks', () => {
    expect(offered({ source: 'number-taken', code: 'number-taken', serverLanded: false })).toEqual([
      'kept-both',
    ]);
  });
});
