import { useMemo } from 'react';
import { WorkingCalendar } from '../../src-shared/domain/calendar/working-days';
import { usePackState } from './pack-store';

/** The packs in force on a date (eligibility, register template, calendar), ready to use. */
export function useRulesOn(date: string) {
  const state = usePackState();
  return useMemo(() => {
    const registry = state?.registry;
    const calendarPack = registry?.inForce('calendar', date) ?? null;
    return {
      loaded: !!state,
      eligibility: registry?.inForce('eligibility', date) ?? null,
      register: registry?.inForce('consultation-register', date) ?? null,
      calendar: calendarPack ? new WorkingCalendar(calendarPack) : null,
    };
  }, [state, date]);
}
