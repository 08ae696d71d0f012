/**
 * The combined registers of the office view: a month's consultation or defence register of one
 * advocate or of everyone, as display lines (decoded here: names are personal). Read-only.
 */
import type { Repositories } from '../../db';

export const officeRegisters = ['consultations', 'defence'] as const;
export type OfficeRegister = (typeof officeRegisters)[number];

export interface OfficeRegisterLine {
  kind: 'consultation' | 'appointment';
  id: string;
  advocateId: string;
  year: number;
  number: number;
  /** YYYY-MM-DDTHH:mm: applied (consultation) or received (appointment). */
  at: string;
  /** The applicant or the client. */
  person: string;
  /** Issue area id (consultation) or case number (appointment). */
  subject: string;
  /** Consultation status or appointment state. */
  status: string;
}

/**
 * The month's lines, advocates in `order` (the roster's: the head first, then by name; anyone
 * unknown last), each advocate's in register order.
 */
export async function officeRegisterLines(
  repos: Pick<Repositories, 'office' | 'consultations' | 'appointments'>,
  register: OfficeRegister,
  month: string,
  advocateId: string | null,
  order: readonly string[],
): Promise<OfficeRegisterLine[]> {
  let lines: OfficeRegisterLine[];
  if (register === 'consultations') {
    const rows = await repos.office.consultationRows(month, advocateId);
    lines = await Promise.all(
      rows.map(async (row) => {
        const e = await repos.consultations.open(row);
        return {
          kind: 'consultation' as const,
          id: e.id,
          advocateId: e.advocateId,
          year: e.year,
          number: e.number,
          at: e.appliedAt,
          person: e.applicant.fullName,
          subject: e.issue.areaId,
          status: e.status,
        };
      }),
    );
  } else {
    const rows = await repos.office.appointmentRows(month, advocateId);
    lines = await Promise.all(
      rows.map(async (row) => {
        const a = await repos.appointments.open(row);
        return {
          kind: 'appointment' as const,
          id: a.id,
          advocateId: a.advocateId,
          year: a.year,
          number: a.number,
          at: a.receivedAt,
          person: a.client.fullName,
          subject: a.caseNumber,
          status: a.state,
        };
      }),
    );
  }
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return lines.sort(
    (x, y) =>
      rank(x.advocateId) - rank(y.advocateId) ||
      x.advocateId.localeCompare(y.advocateId) ||
      x.year - y.year ||
      x.number - y.number,
  );
}
