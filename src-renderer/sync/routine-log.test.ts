import { describe, expect, it } from 'vitest';
import type { SyncLogRow } from '../db/rows';
import { RoutineLog } from './routine-log';

function entries(log: RoutineLog) {
  const rows: Omit<SyncLogRow, 'seq' | 'at'>[] = [];
  log.writeTo({ add: (e) => rows.push(e) });
  return rows;
}

describe('RoutineLog', () => {
  it('keeps a single entry as it is, with its record and op', () => {
    const log = new RoutineLog();
    log.add({
      action: 'acknowledged',
      entity: 'consultation',
      entityId: 'c1',
      opId: 'op1',
      reason: 'server holds version 2 at revision 17',
      revision: 17,
    });
    expect(entries(log)).toEqual([
      {
        action: 'acknowledged',
        entity: 'consultation',
        entityId: 'c1',
        opId: 'op1',
        reason: 'server holds version 2 at revision 17',
      },
    ]);
    expect(entries(log)).toEqual([]);
  });

  it('groups acknowledgements of one entity with their count and revision range', () => {
    const log = new RoutineLog();
    for (let i = 0; i < 450; i++)
      log.add({
        action: 'acknowledged',
        entity: 'consultation',
        entityId: `c${i}`,
        opId: `op${i}`,
        reason: 'x',
        revision: 1000 + i,
        duplicate: i < 3,
      });
    log.add({
      action: 'acknowledged',
      entity: 'appointment',
      entityId: 'a1',
      opId: 'opA',
      reason: 'alone',
    });
    const rows = entries(log);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      action: 'acknowledged',
      entity: 'consultation',
      entityId: '',
      reason:
        '450 ops acknowledged: server holds them at revisions 1000–1449; 3 answered before (duplicates); ops op0 … op449',
    });
    expect(rows[1]).toMatchObject({
      entity: 'appointment',
      entityId: 'a1',
      opId: 'opA',
      reason: 'alone',
    });
  });

  it('groups new records of a pull page apart from acknowledgements', () => {
    const log = new RoutineLog();
    log.add({
      action: 'applied',
      entity: 'consultation',
      entityId: 'c1',
      reason: 'x',
      revision: 9,
    });
    log.add({
      action: 'applied',
      entity: 'consultation',
      entityId: 'c2',
      reason: 'x',
      revision: 4,
    });
    log.add({
      action: 'acknowledged',
      entity: 'consultation',
      entityId: 'c3',
      opId: 'o3',
      reason: 'ack',
    });
    expect(entries(log)).toEqual([
      {
        action: 'applied',
        entity: 'consultation',
        entityId: '',
        reason: '2 new records taken from the server; c1 … c2',
      },
      { action: 'acknowledged', entity: 'consultation', entityId: 'c3', opId: 'o3', reason: 'ack' },
    ]);
  });

  it('says so when the server gave no revisions', () => {
    const log = new RoutineLog();
    log.add({ action: 'acknowledged', entity: 'person', entityId: 'p1', opId: 'o1', reason: 'x' });
    log.add({ action: 'acknowledged', entity: 'person', entityId: 'p2', opId: 'o2', reason: 'x' });
    expect(entries(log)[0]!.reason).toBe(
      '2 ops acknowledged: server holds them at revisions ?; ops o1 … o2',
    );
  });
});
