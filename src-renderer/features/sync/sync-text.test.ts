/** Every code the sync page can show has words in every catalog. */
import { describe, expect, it } from 'vitest';
import { syncFailureCodes } from '../../../src-shared/contracts/sync/account';
import { en } from '../../../src-shared/i18n/en';
import { kk } from '../../../src-shared/i18n/kk';
import { ru } from '../../../src-shared/i18n/ru';
import { problemOf, type SyncProblemCode } from '../../sync/sync-service';
import { IdentityAdoptionError } from '../../sync/adopt-identity';
import { SyncError } from '../../sync/engine';
import { SyncCallError } from '../../sync/ipc-transport';

const extra: SyncProblemCode[] = [
  'noIdentity',
  'localError',
  'transport',
  'boundToOtherUser',
  'alreadySynced',
  'ipc',
];
const logActions = [
  'acknowledged',
  'rejected',
  'conflict',
  'applied',
  'skipped',
  'keptLocal',
  'numberTaken',
  'conflictStored',
  'identityAdopted',
  'failed',
];

describe('sync page words', () => {
  it.each([
    ['en', en],
    ['kk', kk],
    ['ru', ru],
  ] as const)('%s names every problem code and log action', (_, catalog) => {
    for (const code of [...syncFailureCodes, ...extra]) {
      expect(catalog.sync.problems[code], code).toBeTruthy();
    }
    for (const a of logActions) {
      expect((catalog.sync.actions as Record<string, string>)[a], a).toBeTruthy();
    }
  });

  it.each([
    ['en', en],
    ['kk', kk],
    ['ru', ru],
  ] as const)('%s names every resolution, its log actions and what each action does', (_, c) => {
    const words = c.sync.conflict;
    for (const r of ['keptServer', 'reapplied', 'sentAsNew', 'keptBoth', 'elsewhere']) {
      expect((words.resolutions as Record<string, string>)[r], r).toBeTruthy();
    }
    for (const a of ['resolved', 'resolutionSent', 'resolutionRefused']) {
      expect((words.logActions as Record<string, string>)[a], a).toBeTruthy();
    }
    for (const a of ['keepServer', 'reapply', 'sendAsNew', 'keepBoth']) {
      const actions = words.actions as Record<string, string>;
      expect(actions[a], a).toBeTruthy();
      expect(actions[`${a}Help`], `${a}Help`).toBeTruthy();
    }
  });

  it('reads the failure code through the engine error', () => {
    const call = new SyncCallError({ code: 'offline', detail: 'x' });
    const empty = {
      pushed: 0,
      accepted: 0,
      duplicates: 0,
      rejected: 0,
      conflicts: 0,
      pulled: 0,
      applied: 0,
      revision: 0,
    };
    expect(problemOf(new SyncError('transport', 'm', empty, call)).code).toBe('offline');
    expect(problemOf(new SyncError('no-identity', 'm', empty)).code).toBe('noIdentity');
    expect(problemOf(new SyncError('bad-response', 'm', empty)).code).toBe('badResponse');
    expect(problemOf(new IdentityAdoptionError('already-synced', 'm')).code).toBe('alreadySynced');
    expect(problemOf(new Error('boom')).code).toBe('localError');
  });
});
