/**
 * The report documents, rendered lazily (pdfmake and its fonts load on first use) and handed to
 * the host to save: the advocate's monthly report (Rules cl. 33), the head's month summary of the
 * office, and the semiannual summary (cl. 5.4) — PDF in Kazakh and Russian, the summaries as CSV.
 */
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type { MonthlyReport } from '../../../src-shared/domain/reports/monthly-report';
import type { OfficeMonthWork } from '../../../src-shared/domain/reports/office-summary';
import type { SemiannualSummary } from '../../../src-shared/domain/reports/semiannual-summary';
import type { DefenceRegisterPack, EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { callHost } from '../../host/host';
import type { AuditHead } from './audit-head';
import { screenLabels } from './report-labels';
import { headPosition } from './report-print-texts';

type Lang = 'kk' | 'ru';

async function savePdf(name: string, bytes: Uint8Array) {
  return callHost((a) => a.files.savePdf({ suggestedName: name, bytes }));
}

async function saveCsv(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  return callHost((a) => a.files.saveFile({ suggestedName: name, kind: 'csv', bytes }));
}

export async function saveMonthlyReportPdf(
  report: MonthlyReport,
  profile: Profile,
  packs: { eligibility: readonly EligibilityPack[]; defence: DefenceRegisterPack | null },
  due: string,
  audit: AuditHead | null,
  lang: Lang,
) {
  const [{ monthlyReportDoc }, { reportLabelsFromPacks }, { renderPdf }] = await Promise.all([
    import('../../documents/monthly-report-doc'),
    import('../../documents/report-doc-parts'),
    import('../../documents/render-pdf'),
  ]);
  const doc = monthlyReportDoc(
    {
      report,
      advocate: {
        fullName: profile.fullName,
        licenceNumber: profile.licenceNumber,
        collegium: profile.collegium,
        office: profile.office,
      },
      labels: packs.defence
        ? reportLabelsFromPacks(packs.eligibility, packs.defence)
        : screenLabels(packs.eligibility, null),
      due,
      audit: audit
        ? { entries: audit.entries, lastAt: audit.lastAt, headHash: audit.headHash }
        : null,
      printedAt: new Date().toISOString(),
    },
    lang,
  );
  return savePdf(`monthly-report-${report.month}-${lang}.pdf`, await renderPdf(doc));
}

export async function saveOfficeMonthPdf(summary: OfficeMonthWork, profile: Profile, lang: Lang) {
  const [{ officeSummaryDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/office-summary-doc'),
    import('../../documents/render-pdf'),
  ]);
  const doc = officeSummaryDoc(
    {
      summary,
      collegium: profile.collegium,
      office: profile.office,
      headName: profile.fullName,
      printedAt: new Date().toISOString(),
    },
    lang,
  );
  return savePdf(`office-summary-${summary.month}-${lang}.pdf`, await renderPdf(doc));
}

export async function saveOfficeMonthCsv(summary: OfficeMonthWork, lang: Lang) {
  const { officeMonthCsv } = await import('../../documents/report-csv');
  return saveCsv(`office-summary-${summary.month}-${lang}.csv`, officeMonthCsv(summary, lang));
}

const halfName = (s: SemiannualSummary) => `${s.year}-H${s.half}`;

export async function saveSemiannualPdf(
  summary: SemiannualSummary,
  profile: Profile,
  due: string,
  lang: Lang,
) {
  const [{ semiannualSummaryDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/semiannual-summary-doc'),
    import('../../documents/render-pdf'),
  ]);
  const doc = semiannualSummaryDoc(
    {
      summary,
      collegium: profile.collegium,
      // The head's device holds one office's registers: the figures are that office's.
      office: profile.office,
      due,
      responsible: { fullName: profile.fullName, position: headPosition[lang] },
      printedAt: new Date().toISOString(),
    },
    lang,
  );
  return savePdf(`semiannual-summary-${halfName(summary)}-${lang}.pdf`, await renderPdf(doc));
}

export async function saveSemiannualCsv(summary: SemiannualSummary, lang: Lang) {
  const { semiannualCsv } = await import('../../documents/report-csv');
  return saveCsv(
    `semiannual-summary-${halfName(summary)}-${lang}.csv`,
    semiannualCsv(summary, lang),
  );
}
