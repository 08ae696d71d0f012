import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type { Locale } from '../../../src-shared/i18n/locales';
import { formatDate } from '../../../src-shared/i18n/format';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';

/** What every section of the appointment's page gets. */
export interface SectionProps {
  a: Appointment;
  pack: DefenceRegisterPack;
  profile: Profile;
  /** The section's number on the main path, when it has one. */
  step?: number | undefined;
}

/** "YYYY-MM-DDTHH:mm" → "25.11.2026 14:30". */
export const atText = (s: string, locale: Locale) =>
  s ? `${formatDate(s.slice(0, 10), locale)} ${s.slice(11, 16)}`.trim() : '';

/** An ISO instant (UTC) as a local "25.11.2026 14:30". */
export function stampText(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return atText(
    `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`,
    locale,
  );
}

type Labelled = readonly { id: string; label: { kk: string; ru: string } }[];

/** A pack item's label in the language, or its id when the pack does not have it. */
export const packLabel = (items: Labelled | undefined, id: string, lang: 'kk' | 'ru') =>
  items?.find((x) => x.id === id)?.label[lang] ?? id;
