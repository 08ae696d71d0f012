/**
 * Duty schedules, roster, distribution and fairness (issue 7; Rules cl. 4.1–4.2, 12–27): the
 * `duty` part of the catalog, kept apart so the area's screens have their own file. kk and ru
 * must have exactly this shape (`DutyMessages`).
 */
export const dutyEn = {
  title: 'Duty schedules',
  kinds: {
    pretrial: 'Pre-trial investigation',
    court: 'Court cases',
    consultation: 'Legal consultation',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type DutyMessages = Widen<typeof dutyEn>;
