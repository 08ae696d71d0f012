/** For tests only: an outbox op with the given entity and record, pending unless told. */
import type { OutboxRow } from '../db/rows';

let n = 0;
export const outboxOp = (
  entity: string,
  entityId: string,
  over: Partial<OutboxRow> = {},
): OutboxRow => ({
  opId: `op-${String(++n).padStart(4, '0')}`,
  entity,
  entityId,
  baseVersion: 0,
  record: { id: entityId },
  at: '2026-11-25T10:00:00.000Z',
  state: 'pending',
  ...over,
});
