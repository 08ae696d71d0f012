/**
 * Aid to a person by OTHER advocates of the office (Rules cl. 42: once on the same issue,
 * whoever gave it), for the once-per-issue checks of the eligibility page and the consultation
 * form. Two sources, read-only:
 * - aid marks (`officeAidMarks`, pulled by an advocate's device: index fields only);
 * - colleagues' full rows a head's device already holds (`consultations`, `eligibilityChecks`
 *   whose owner is not this device's user).
 *
 * Only plain index fields are read here, never a record's personal part: the name shown is the
 * colleague's (an office profile, else the server account's), never the person's.
 *
 * Rows and marks match on `iinKey`, the codec's lookup key in the one person namespace
 * (lookup-keys.ts `personIinKey`): the same for consultations, checks and marks, so they match
 * under an encrypting codec too. Each laptop blinds with its own index key: a mark travels with
 * the IIN in clear inside TLS (the wire carries the identity form, docs/sync.md "Encryption at
 * rest and the wire") and sync/aid-marks.ts blinds it on arrival with this device's key.
 * PRIVACY LIMIT: a mark still tells colleagues that this IIN got aid in this area on this day.
 */
import { isIsoDate } from '../../src-shared/domain/dates/iso-date';
import type { AppDb } from './app-db';
import type { FieldCodec } from './field-codec';
import { personIinKey } from './lookup-keys';
import type { ConsultationRow, EligibilityCheckRow, OfficeAidMarkRow } from './rows';

export type AidService = 'consultation' | 'defence';

/** One earlier aid by a colleague of the office. */
export interface OfficeAid {
  recordId: string;
  entity: 'consultation' | 'eligibilityCheck';
  ownerId: string;
  /** The colleague's name when this device knows it; null → "another advocate of the office". */
  advocateName: string | null;
  date: string;
  issueAreaId: string;
  service: AidService;
  /** A full row on this device (a head's) or only a mark. */
  from: 'row' | 'mark';
}

interface Found extends Omit<OfficeAid, 'advocateName'> {
  ownerName: string | null;
}

const CONSULTATION = 'consultation';
const CHECK = 'eligibilityCheck';
const asService = (s: string): AidService | null =>
  s === 'consultation' || s === 'defence' ? s : null;

export class OfficeAidLookup {
  constructor(private readonly deps: { db: AppDb; codec: FieldCodec }) {}

  /**
   * Aid given to this IIN by colleagues: consultations 'given' and eligibility checks that
   * granted aid, newest first. A colleague's check and their consultation of the same day,
   * area and service are one aid: the consultation stands for both.
   */
  async forPerson(iin: string): Promise<OfficeAid[]> {
    const { db, codec } = this.deps;
    // One namespace for every kind (lookup-keys.ts): one key finds rows and marks alike.
    const key = await personIinKey(codec, iin);
    const self = (await db.profile.toCollection().first())?.id ?? null;
    const others = (owner: string) => self !== null && owner !== self;
    const [consultations, checks, marks] = await Promise.all([
      db.consultations.where('iinKey').equals(key).toArray(),
      db.eligibilityChecks.where('iinKey').equals(key).toArray(),
      db.officeAidMarks.where('iinKey').equals(key).toArray(),
    ]);

    const found = new Map<string, Found>();
    for (const r of consultations.filter((r) => others(r.advocateId))) {
      add(found, fromConsultation(r));
    }
    for (const r of checks.filter((r) => others(r.actor))) add(found, fromCheck(r));
    // A record held here in full (a head's device) is read above, whatever its status.
    const held = new Set([
      ...consultations.map((r) => `${CONSULTATION}/${r.id}`),
      ...checks.map((r) => `${CHECK}/${r.id}`),
    ]);
    for (const m of marks) {
      if (m.ownerId === self || held.has(`${m.entity}/${m.entityId}`)) continue;
      add(found, fromMark(m));
    }

    const aid = [...found.values()];
    const consulted = new Set(aid.filter((a) => a.entity === CONSULTATION).map((a) => sameAid(a)));
    const unique = aid.filter((a) => a.entity === CONSULTATION || !consulted.has(sameAid(a)));
    const names = await this.namesOf([...new Set(unique.map((a) => a.ownerId))]);
    return unique
      .map(({ ownerName, ...a }) => ({ ...a, advocateName: names.get(a.ownerId) ?? ownerName }))
      .sort((a, b) => b.date.localeCompare(a.date) || a.recordId.localeCompare(b.recordId));
  }

  /** Colleagues' names from their profiles pulled to this device (a head's), decoded. */
  private async namesOf(ids: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const profiles = await this.deps.db.officeProfiles.bulkGet(ids);
    for (const p of profiles) {
      if (!p?.fullName) continue;
      try {
        names.set(p.id, await this.deps.codec.decode('profile', 'fullName', p.fullName));
      } catch {
        // An undecodable name is not shown; the account name or the fallback is.
      }
    }
    return names;
  }
}

const sameAid = (a: Found) => `${a.ownerId}|${a.date}|${a.issueAreaId}|${a.service}`;

/** Only aid that was given, with a date and service the once-per-issue check can use. */
function add(found: Map<string, Found>, aid: Found | null): void {
  if (aid && isIsoDate(aid.date)) found.set(`${aid.entity}/${aid.recordId}`, aid);
}

function fromConsultation(r: ConsultationRow): Found | null {
  if (r.status !== 'given') return null;
  return {
    recordId: r.id,
    entity: CONSULTATION,
    ownerId: r.advocateId,
    ownerName: null,
    date: r.date,
    issueAreaId: r.issueAreaId,
    service: 'consultation',
    from: 'row',
  };
}

function fromCheck(r: EligibilityCheckRow): Found | null {
  const service = asService(r.service);
  if (r.outcome !== 'eligible' || !service) return null;
  return {
    recordId: r.id,
    entity: CHECK,
    ownerId: r.actor,
    ownerName: null,
    date: r.date,
    issueAreaId: r.issueAreaId,
    service,
    from: 'row',
  };
}

function fromMark(m: OfficeAidMarkRow): Found | null {
  const given = m.entity === CONSULTATION ? m.status === 'given' : m.status === 'eligible';
  const service = asService(m.service);
  if (!given || !service || (m.entity !== CONSULTATION && m.entity !== CHECK)) return null;
  return {
    recordId: m.entityId,
    entity: m.entity,
    ownerId: m.ownerId,
    ownerName: m.ownerName,
    date: m.date,
    issueAreaId: m.issueAreaId,
    service,
    from: 'mark',
  };
}
