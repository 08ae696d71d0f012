/**
 * What an open appointment still needs, for the reminders strip and the deadline card:
 * accepted without a notice of defence (cl. 9), a notice issued but the body not notified
 * (cl. 47), a paper decree not yet assigned (cl. 10), a paid advocate recorded but the client
 * not told of the right to refuse (cl. 45).
 */
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';

export type ReminderKind = 'noNotice' | 'notNotified' | 'notAssigned' | 'paidNotInformed';

export interface Reminder {
  kind: ReminderKind;
  id: string;
  number: number;
  year: number;
  client: string;
  /** The notice's number, for 'notNotified'. */
  notice?: number;
}

export function appointmentReminders(appointments: readonly Appointment[]): Reminder[] {
  const out: Reminder[] = [];
  for (const a of appointments) {
    const base = { id: a.id, number: a.number, year: a.year, client: a.client.fullName };
    if (a.state === 'received' && a.source === 'paper' && !a.paperAssignment)
      out.push({ kind: 'notAssigned', ...base });
    if (a.state !== 'accepted') continue;
    if (a.notices.length === 0) out.push({ kind: 'noNotice', ...base });
    else {
      const notified = a.notifications.some((n) => n.kind === 'body-notified');
      const last = a.notices.at(-1)!;
      if (!notified) out.push({ kind: 'notNotified', ...base, notice: last.number });
    }
    if (a.paidAdvocate && !a.paidAdvocate.clientInformedAt)
      out.push({ kind: 'paidNotInformed', ...base });
  }
  return out;
}
