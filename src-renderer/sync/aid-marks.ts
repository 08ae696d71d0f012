/**
 * Aid marks in the pull (Rules cl. 42, docs/sync.md "Once per issue across the office"): what
 * the server says colleagues of the office gave, kept in `officeAidMarks` for the once-per-issue
 * check. Called inside the page's apply transaction, so marks, changes and the new revision
 * commit together. The server sends the person's IIN key in the wire form (the plain key); the
 * page's marks come here already blinded with this device's codec (wire-boundary.ts
 * `markAtRest`), in the person namespace its own records use, so they match them.
 */
import type { AidMark } from '../../src-shared/contracts/sync/protocol';
import type { OfficeAidMarkRow } from '../db/rows';
import type { Ctx } from './sync-context';
import type { SyncLogWriter } from './sync-state';

/** Entities a mark can stand for; a newer server's other kinds are ignored. */
export const markedEntities = ['consultation', 'eligibilityCheck'] as const;
const isMarked = (entity: string) => (markedEntities as readonly string[]).includes(entity);

/**
 * Did this (unparsed) answer come from a server that sends marks? Parsing defaults a missing
 * `marks` to [], so only the raw answer tells an older server from one with nothing to send.
 */
export function sendsMarks(raw: unknown): boolean {
  return (
    typeof raw === 'object' && raw !== null && Array.isArray((raw as { marks?: unknown }).marks)
  );
}

/**
 * Upserts the page's marks by newest version. A mark of a record this device's user owns is
 * ignored (their own register holds it in full). One summary line per page goes to the log,
 * not one per mark: an office has thousands.
 */
export async function storeMarks(ctx: Ctx, log: SyncLogWriter, marks: AidMark[]): Promise<void> {
  if (marks.length === 0) return;
  const { db } = ctx;
  // The newest mark of each record in this page (a page holds a record once, but be sure).
  const incoming = new Map<string, AidMark>();
  let own = 0;
  let unknown = 0;
  for (const m of marks) {
    if (!isMarked(m.entity)) unknown += 1;
    else if (m.ownerId === ctx.userId) own += 1;
    else {
      const key = `${m.entity}\u0000${m.entityId}`;
      const seen = incoming.get(key);
      if (!seen || seen.version < m.version) incoming.set(key, m);
    }
  }
  const candidates = [...incoming.values()];
  const local = await db.officeAidMarks.bulkGet(candidates.map((m) => [m.entity, m.entityId]));
  const rows: OfficeAidMarkRow[] = [];
  candidates.forEach((m, i) => {
    const have = local[i];
    if (have && have.version >= m.version) return;
    rows.push({
      entity: m.entity,
      entityId: m.entityId,
      ownerId: m.ownerId,
      ownerName: m.ownerName,
      iinKey: m.iinKey,
      issueAreaId: m.issueAreaId,
      date: m.date,
      status: m.status,
      service: m.service,
      version: m.version,
      revision: m.revision,
    });
  });
  if (rows.length > 0) await db.officeAidMarks.bulkPut(rows);
  const older = candidates.length - rows.length;
  log.add({
    action: 'applied',
    entity: '',
    entityId: '',
    reason:
      `pull: ${rows.length} office aid mark(s) stored (cl. 42)` +
      (older ? `, ${older} not newer` : '') +
      (own ? `, ${own} of own records ignored` : '') +
      (unknown ? `, ${unknown} of unknown kind ignored` : ''),
  });
}
