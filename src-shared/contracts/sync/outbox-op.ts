/**
 * One local change waiting to be pushed to the office server (ARCHITECTURE §5). Written in
 * the same transaction as the row it describes; the server is idempotent on `opId`, so a
 * retried push never duplicates a record.
 */
import { z } from 'zod';

/**
 * 'pending' waits to be pushed; 'rejected' is quarantined (the server refused it or it
 * conflicted; kept with its reason, never pushed again); 'local' is a change to an entity that
 * is not kept on the server (`isSyncedEntity`, e.g. installed rule packs), set aside by the
 * client engine so it is neither pushed nor counted as waiting. 'sent' is unused so far.
 */
export const outboxStates = ['pending', 'sent', 'rejected', 'local'] as const;
export type OutboxState = (typeof outboxStates)[number];

export const outboxOpSchema = z.object({
  opId: z.string().min(1),
  entity: z.string().min(1),
  entityId: z.string().min(1),
  /** The version this change was made on top of (0 for a new record): detects conflicts. */
  baseVersion: z.number().int().nonnegative(),
  /** The whole record as stored (personal fields already through the codec). */
  record: z.record(z.string(), z.unknown()),
  at: z.string(),
  state: z.enum(outboxStates),
});
export type OutboxOp = z.infer<typeof outboxOpSchema>;
