/**
 * The duty documents (participant list, the month's schedules, the fairness report and its CSV),
 * rendered lazily (pdfmake and fonts load on first use) and handed to the host to save.
 */
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { DutySchedule } from '../../../src-shared/contracts/entities/duty-schedule';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type { WorkingCalendar } from '../../../src-shared/domain/calendar/working-days';
import type { FairnessReport } from '../../../src-shared/domain/duty/types';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { callHost } from '../../host/host';

type Lang = 'kk' | 'ru';

async function savePdf(name: string, bytes: Uint8Array) {
  return callHost((a) => a.files.savePdf({ suggestedName: name, bytes }));
}

/** Every day of the month with the calendar's verdict, to shade rest days in the PDF. */
function calendarDays(cal: WorkingCalendar | null, month: string) {
  if (!cal) return undefined;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: last }, (_, i) =>
    cal.dayInfo(`${month}-${String(i + 1).padStart(2, '0')}`),
  );
}

export async function saveSchedulePdf(
  schedule: DutySchedule,
  members: RosterMember[],
  profile: Profile,
  cal: WorkingCalendar | null,
  lang: Lang,
) {
  const [{ dutyScheduleDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/duty-schedule-doc'),
    import('../../documents/render-pdf'),
  ]);
  const doc = dutyScheduleDoc(
    {
      schedule,
      members,
      collegiumName: profile.collegium,
      ...(cal ? { calendar: calendarDays(cal, schedule.month) } : {}),
    },
    lang,
  );
  const suffix = schedule.status === 'draft' ? 'draft' : `ed${schedule.edition}`;
  return savePdf(`duty-schedule-${schedule.month}-${suffix}-${lang}.pdf`, await renderPdf(doc));
}

export async function saveParticipantListPdf(
  members: RosterMember[],
  profile: Profile,
  asOf: string,
  lang: Lang,
) {
  const [{ participantListDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/participant-list'),
    import('../../documents/render-pdf'),
  ]);
  // Rules cl. 5.2: the list sent by 1 December is for the coming year.
  const year = Number(asOf.slice(0, 4)) + (asOf.slice(5, 7) >= '10' ? 1 : 0);
  const doc = participantListDoc(
    {
      collegiumName: profile.collegium,
      officeName: profile.office,
      asOf,
      year,
      members,
      headName: profile.fullName,
      headPhone: profile.phone,
    },
    lang,
  );
  return savePdf(`participants-${year}-${lang}.pdf`, await renderPdf(doc));
}

function groundLabels(pack: DefenceRegisterPack | null) {
  return Object.fromEntries((pack?.declineGrounds ?? []).map((g) => [g.id, g.label]));
}

export async function saveFairnessPdf(
  report: FairnessReport,
  profile: Profile,
  pack: DefenceRegisterPack | null,
  lang: Lang,
) {
  const [{ fairnessReportDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/fairness-report'),
    import('../../documents/render-pdf'),
  ]);
  const doc = fairnessReportDoc(
    {
      ...report,
      generatedAt: new Date().toISOString(),
      headName: profile.fullName,
      declineGroundLabels: groundLabels(pack),
    },
    lang,
  );
  return savePdf(`fairness-${report.month}-${lang}.pdf`, await renderPdf(doc));
}

export async function saveFairnessCsv(
  report: FairnessReport,
  pack: DefenceRegisterPack | null,
  lang: Lang,
) {
  const { fairnessCsv } = await import('../../documents/fairness-csv');
  const text = fairnessCsv({ rows: report.rows, declineGroundLabels: groundLabels(pack) }, lang);
  const bytes = new TextEncoder().encode(text);
  return callHost((a) =>
    a.files.saveFile({ suggestedName: `fairness-${report.month}-${lang}.csv`, kind: 'csv', bytes }),
  );
}
