import { useLiveQuery } from 'dexie-react-hooks';
import { repos } from '../../db';
import { appointmentReminders, type Reminder } from './reminders';

/** Reminders over the advocate's open appointments (received or accepted), kept live. */
export function useAppointmentReminders(ownerId: string): Reminder[] | undefined {
  return useLiveQuery(async () => {
    const rows = [
      ...(await repos.appointments.list(ownerId, { state: 'received' })),
      ...(await repos.appointments.list(ownerId, { state: 'accepted' })),
    ];
    const open = await Promise.all(rows.map((r) => repos.appointments.open(r)));
    return appointmentReminders(open);
  }, [ownerId]);
}
