/**
 * The same records on both sides: what the seeded laptop's outbox holds (exactly what Qorgau
 * pushes) as PouchDB documents, the same consultations corrected the same way as
 * sync/first-sync.ts corrects them, and where the incremental sync's records are chosen.
 */
import type { PouchDoc } from 'pouchdb-core';

/** One outbox op as Qorgau pushes it: the entity, its id and the whole record as stored. */
export interface SyncedRecord {
  entity: string;
  entityId: string;
  record: Record<string, unknown>;
}

/**
 * A PouchDB document the way a PouchDB user would store the row: one flat document per record,
 * `_id` the record's id (so the id is not kept twice), the entity as a type field beside the
 * row's fields. Flat because that is what Mango (`createIndex({ fields: ['entity', 'month'] })`)
 * and map/reduce views index, and what the PouchDB guides show; nesting the row under `record`
 * would only add a level every query has to name.
 */
export function toPouchDoc({ entity, entityId, record }: SyncedRecord): PouchDoc {
  const { id, ...fields } = record;
  if (id !== undefined && id !== entityId) {
    throw new Error(`record ${String(id)} is in an op for ${entityId}`);
  }
  for (const k of Object.keys(fields)) {
    // PouchDB refuses top-level fields that start with "_" (they are its own).
    if (k.startsWith('_')) throw new Error(`field ${k} of ${entityId} cannot be a PouchDB field`);
  }
  return { _id: entityId, entity, ...fields };
}

/**
 * The consultations the incremental sync corrects, chosen as first-sync.ts chooses them: the
 * ids in IndexedDB's key order (`consultations.orderBy('id')`: UTF-16 code units, as
 * `Array.prototype.sort`), every `length / changed`-th.
 */
export function changedIds(consultationIds: string[], changed: number): string[] {
  const all = [...consultationIds].sort();
  const step = Math.max(1, Math.floor(all.length / changed));
  return Array.from({ length: changed }, (_, i) => all[(i * step) % all.length]!);
}

/** first-sync.ts's correction texts (pouch/docs.test.ts checks they are still its texts). */
export const CORRECTION = {
  kk: {
    content: 'Талап арыз беру тәртібі мен мерзімдері қайта түсіндірілді.',
    reason: 'Кеңес мазмұны толықтырылды',
  },
  ru: {
    content: 'Повторно разъяснены порядок и сроки подачи искового заявления.',
    reason: 'Дополнено содержание консультации',
  },
} as const;

/**
 * A consultation row (or a flat PouchDB doc of one) corrected as first-sync.ts corrects it through
 * `ConsultationRepository.correct`: a sentence added to the advice (`content`, inside the row's
 * `entryJson`), the next version, `updatedAt` and the reason. Everything else — names, search
 * keys, number — stays; the size of the change is what crosses the wire.
 */
export function correctRecord<T extends Record<string, unknown>>(row: T, now: string): T {
  const fields = JSON.parse(String(row['entryJson'])) as Record<string, unknown>;
  const texts = fields['language'] === 'kk' ? CORRECTION.kk : CORRECTION.ru;
  const content = typeof fields['content'] === 'string' ? fields['content'] : '';
  fields['content'] = content ? `${content} ${texts.content}` : texts.content;
  return {
    ...row,
    version: Number(row['version']) + 1,
    updatedAt: now,
    correctionReason: texts.reason,
    entryJson: JSON.stringify(fields),
  };
}
