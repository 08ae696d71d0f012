/**
 * The head's office view reads (issue 6): the registers of every advocate of the office, as a
 * head's device receives them from the office server (same tables as the head's own register,
 * each row with its `advocateId`; other people's profiles in `officeProfiles`). Reads only —
 * nothing here writes, and the repositories refuse any change to another advocate's record.
 *
 * These are the only reads that cross owners on purpose; the advocate's own pages use the
 * repositories' owner-scoped reads.
 */
import type { Profile } from '../../src-shared/contracts/entities/profile';
import { profilePersonalFields } from '../../src-shared/contracts/entities/profile';
import {
  monthsBefore,
  officeMonthSummary,
  type AdvocateMonthSummary,
} from '../../src-shared/domain/office/month-summary';
import type { AppointmentRepository } from './appointment-repository';
import type { RepoDeps } from './commit-change';
import type { ConsultationRepository } from './consultation-repository';
import { decodeFields } from './field-codec';
import { PROFILE_ENTITY } from './profile-repository';
import type { AppointmentRow, ConsultationRow } from './rows';

/**
 * How far back "last record" and "last received" look. There is no `updatedAt` index (and the
 * schema is not changed for the view), so they are computed in memory over the rows of the
 * last months read through the `month` index, not over every year of the office's registers:
 * an advocate who synced lately changed something received within a year.
 */
export const SUMMARY_WINDOW_MONTHS = 12;

export interface OfficeAdvocate {
  id: string;
  profile: Profile;
  /** This device's own user (the head). */
  own: boolean;
}

export interface OfficeMonth {
  advocates: OfficeAdvocate[];
  summary: AdvocateMonthSummary[];
}

const registerOrder = (
  a: { advocateId: string; year: number; number: number },
  b: { advocateId: string; year: number; number: number },
) => a.advocateId.localeCompare(b.advocateId) || a.year - b.year || a.number - b.number;

export class OfficeReads {
  constructor(
    private readonly deps: RepoDeps,
    private readonly consultations: ConsultationRepository,
    private readonly appointments: AppointmentRepository,
  ) {}

  private decodeProfile(row: Profile): Promise<Profile> {
    return decodeFields(this.deps.codec, PROFILE_ENTITY, row, profilePersonalFields);
  }

  /** This device's user first, then the office's other profiles received, by name. */
  async advocates(): Promise<OfficeAdvocate[]> {
    const own = await this.deps.db.profile.toCollection().first();
    const others = await Promise.all(
      (await this.deps.db.officeProfiles.toArray())
        .filter((p) => p.id !== own?.id)
        .map((p) => this.decodeProfile(p)),
    );
    others.sort((a, b) => a.fullName.localeCompare(b.fullName, 'kk'));
    return [
      ...(own ? [{ id: own.id, profile: await this.decodeProfile(own), own: true }] : []),
      ...others.map((profile) => ({ id: profile.id, profile, own: false })),
    ];
  }

  /** A month's consultation rows of one advocate, or of the whole office (`null`). */
  async consultationRows(month: string, advocateId: string | null): Promise<ConsultationRow[]> {
    if (advocateId !== null) return this.consultations.list(advocateId, { month });
    const rows = await this.deps.db.consultations.where('month').equals(month).toArray();
    return rows.sort(registerOrder);
  }

  /** A month's appointment rows of one advocate, or of the whole office (`null`). */
  async appointmentRows(month: string, advocateId: string | null): Promise<AppointmentRow[]> {
    if (advocateId !== null) return this.appointments.list(advocateId, { month });
    const rows = await this.deps.db.appointments.where('month').equals(month).toArray();
    return rows.sort(registerOrder);
  }

  /**
   * The roster for `month`: every known advocate (and anyone with records whose profile has
   * not arrived), with the month's counts and the newest record dates of the last
   * SUMMARY_WINDOW_MONTHS months (`today`: local YYYY-MM-DD).
   */
  async monthSummary(month: string, today: string): Promise<OfficeMonth> {
    const advocates = await this.advocates();
    const since = monthsBefore(today, SUMMARY_WINDOW_MONTHS - 1);
    const { consultations, appointments } = this.deps.db;
    const [recentC, recentA, olderC, olderA] = await Promise.all([
      consultations.where('month').aboveOrEqual(since).toArray(),
      appointments.where('month').aboveOrEqual(since).toArray(),
      // A month before the window is counted too (its rows are not in the window).
      month < since ? consultations.where('month').equals(month).toArray() : [],
      month < since ? appointments.where('month').equals(month).toArray() : [],
    ]);
    const summary = officeMonthSummary({
      month,
      today,
      advocateIds: advocates.map((a) => a.id),
      consultations: [...recentC, ...olderC].map((r) => ({
        advocateId: r.advocateId,
        month: r.month,
        date: r.date,
        updatedAt: r.updatedAt,
      })),
      appointments: [...recentA, ...olderA].map((r) => ({
        advocateId: r.advocateId,
        month: r.month,
        receivedDate: r.receivedDate,
        state: r.state,
        updatedAt: r.updatedAt,
      })),
    });
    return { advocates, summary };
  }
}
