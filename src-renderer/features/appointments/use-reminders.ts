import { useLiveQuery } from 'dexie-react-hooks';
import { repos } from '../../db';
import { appointmentReminders, type Reminder } from './reminders';

/** Reminders over every open appointment (received or accepted), kept live. */
export function useAppointmentReminders(): Reminder[] | undefined {
  return useLiveQuery(async () => {
    const rows = [
      ...(await repos.appointments.list({ state: 'received' })),
      ...(await repos.appointments.list({ state: 'accepted' })),
    ];
    const open = await Promise.all(rows.map((r) => repos.appointments.open(r)));
    return appointmentReminders(open);
  }, []);
}
