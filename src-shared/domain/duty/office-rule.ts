/**
 * Which consultation office of the collegium a paper appointment goes to (Rules cl. 15: "by
 * territory and/or specialisation and/or uniformity"). This is the collegium's documented rule:
 *
 * 1. An office serving the appointment's territory (district or settlement, compared without
 *    regard to case or extra spaces) comes before one that does not (cl. 4.4 territoriality).
 * 2. Among those, an office whose advocates cover the case's specialisation comes first.
 * 3. Among offices equal on both, the one with the fewest appointments this month per active
 *    advocate comes first (uniformity, cl. 4.2) — per advocate, so a large office is not
 *    penalised for its size.
 * 4. Still equal: by office name, then office id, so the order never depends on input order.
 * 5. An office with no active advocates cannot take an appointment: it goes last, marked, in the
 *    same order among such offices.
 *
 * Each ranked office carries the reasons it stands where it does: 'territory-match',
 * 'specialisation-match', and 'lowest-load' when, among two or more offices equal with it on
 * points 1–2 (and with advocates), its load per advocate is the lowest.
 */
import { z } from 'zod';
import { specialisations, type Specialisation } from '../../contracts/entities/duty-roster';
import { spreadOf } from './gini';
import type { Spread } from './types';

/** One office's load as the collegium sees it (validated where it arrives from the server). */
export const officeLoadSchema = z.object({
  officeId: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  territories: z.array(z.string().max(200)).max(200),
  specialisations: z.array(z.enum(specialisations)).max(specialisations.length),
  activeAdvocates: z.number().int().nonnegative(),
  appointmentsThisMonth: z.number().int().nonnegative(),
});
export type OfficeLoad = z.output<typeof officeLoadSchema>;

export const officeRequestSchema = z.object({
  territory: z.string().trim().max(200),
  specialisation: z.enum(specialisations).optional(),
});
export interface OfficeRequest {
  territory: string;
  specialisation?: Specialisation;
}

export type OfficeReason = 'territory-match' | 'specialisation-match' | 'lowest-load';

export interface RankedOffice extends OfficeLoad {
  /** 1 for the office the rule points to. */
  rank: number;
  reasons: OfficeReason[];
  /** Appointments this month per active advocate; null when it has none. */
  loadPerAdvocate: number | null;
  noActiveAdvocates: boolean;
}

const collator = new Intl.Collator(['kk', 'ru'], { sensitivity: 'base', numeric: true });

/** Territory names are typed by hand in several offices: compare them loosely. */
function normalise(place: string): string {
  return place.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('kk');
}

/**
 * Loads compared exactly as fractions (a/b < c/d ⇔ a·d < c·b): 1/3 and 2/6 are equal, which
 * floating-point division does not promise.
 */
function compareLoad(a: OfficeLoad, b: OfficeLoad): number {
  return a.appointmentsThisMonth * b.activeAdvocates - b.appointmentsThisMonth * a.activeAdvocates;
}

export function rankOffices(
  offices: readonly OfficeLoad[],
  request: OfficeRequest,
): RankedOffice[] {
  const place = normalise(request.territory);
  const scored = offices.map((office) => ({
    office,
    territory: place !== '' && office.territories.some((t) => normalise(t) === place),
    specialisation:
      request.specialisation !== undefined &&
      office.specialisations.includes(request.specialisation),
    staffed: office.activeAdvocates > 0,
  }));
  const group = (s: (typeof scored)[number]) => `${s.territory}|${s.specialisation}`;

  scored.sort(
    (a, b) =>
      Number(b.staffed) - Number(a.staffed) ||
      Number(b.territory) - Number(a.territory) ||
      Number(b.specialisation) - Number(a.specialisation) ||
      (a.staffed && b.staffed ? compareLoad(a.office, b.office) : 0) ||
      collator.compare(a.office.name, b.office.name) ||
      (a.office.officeId < b.office.officeId ? -1 : a.office.officeId > b.office.officeId ? 1 : 0),
  );

  // Staffed offices are sorted by load within each group, so a group's first is its lowest.
  const peers = new Map<string, (typeof scored)[number][]>();
  for (const s of scored) {
    if (s.staffed) peers.set(group(s), [...(peers.get(group(s)) ?? []), s]);
  }

  return scored.map((s, i) => {
    const reasons: OfficeReason[] = [];
    if (s.territory) reasons.push('territory-match');
    if (s.specialisation) reasons.push('specialisation-match');
    const same = peers.get(group(s)) ?? [];
    if (s.staffed && same.length > 1 && compareLoad(s.office, same[0]!.office) === 0) {
      reasons.push('lowest-load');
    }
    return {
      ...s.office,
      rank: i + 1,
      reasons,
      loadPerAdvocate: loadPerAdvocate(s.office),
      noActiveAdvocates: !s.staffed,
    };
  });
}

function loadPerAdvocate(office: OfficeLoad): number | null {
  return office.activeAdvocates > 0 ? office.appointmentsThisMonth / office.activeAdvocates : null;
}

export interface OfficeLoadRow {
  officeId: string;
  name: string;
  activeAdvocates: number;
  appointmentsThisMonth: number;
  loadPerAdvocate: number | null;
}

/**
 * The collegium's view of uniformity between offices: each office's load per active advocate,
 * in the order given, and the spread of those loads over offices that have advocates (an office
 * with none has no load to compare).
 */
export function officeLoadReport(offices: readonly OfficeLoad[]): {
  rows: OfficeLoadRow[];
  spread: Spread;
} {
  const rows = offices.map((o) => ({
    officeId: o.officeId,
    name: o.name,
    activeAdvocates: o.activeAdvocates,
    appointmentsThisMonth: o.appointmentsThisMonth,
    loadPerAdvocate: loadPerAdvocate(o),
  }));
  const loads = rows.flatMap((r) => (r.loadPerAdvocate === null ? [] : [r.loadPerAdvocate]));
  return { rows, spread: spreadOf(loads) };
}
