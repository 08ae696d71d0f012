import {
  IconBuildingCommunity,
  IconCalendarTime,
  IconCloudUpload,
  IconFileReport,
  IconGavel,
  IconMessages,
  IconSettings,
  IconShieldCheck,
  type Icon,
} from '@tabler/icons-react';

/** The app's areas, in navigation order. Each later issue fills one in. */
export const areaIds = [
  'eligibility',
  'consultations',
  'appointments',
  'schedules',
  'reports',
  'office',
  'sync',
  'settings',
] as const;
export type AreaId = (typeof areaIds)[number];

export const areaIcons: Record<AreaId, Icon> = {
  eligibility: IconShieldCheck,
  consultations: IconMessages,
  appointments: IconGavel,
  schedules: IconCalendarTime,
  reports: IconFileReport,
  office: IconBuildingCommunity,
  sync: IconCloudUpload,
  settings: IconSettings,
};

export const defaultArea: AreaId = 'eligibility';

/** Areas in the navigation only for some accounts: the office view, for a head (Shell.tsx). */
export const headOnlyAreas: readonly AreaId[] = ['office'];

export function isAreaId(v: string): v is AreaId {
  return (areaIds as readonly string[]).includes(v);
}
