import { useMemo } from 'react';
import { WorkingCalendar } from '../../src-shared/domain/calendar/working-days';
import { usePackState } from './pack-store';

/** The packs in force on a date (eligibility, register templates, calendar), ready to use. */
export function useRulesOn(date: string) {
  const state = usePackState();
  return useMemo(() => {
    const registry = state?.registry;
    const calendarPack = registry?.inForce('calendar', date) ?? null;
    return {
      loaded: !!state,
      eligibility: registry?.inForce('eligibility', date) ?? null,
      register: registry?.inForce('consultation-register', date) ?? null,
      defence: registry?.inForce('defence-register', date) ?? null,
      calendar: calendarPack ? new WorkingCalendar(calendarPack) : null,
      /** Which calendar pack the calendar is, for records that must be replayable. */
      calendarPack: calendarPack ? { id: calendarPack.id, version: calendarPack.version } : null,
    };
  }, [state, date]);
}
