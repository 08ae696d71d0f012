/**
 * Monthly register printout and acts of work performed, rendered lazily (pdfmake and fonts
 * load on first use) and handed to the host to save.
 */
import type { ConsultationEntry } from '../../../src-shared/contracts/entities/consultation';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type {
  ConsultationRegisterPack,
  EligibilityPack,
} from '../../../src-shared/rules/pack-schema';
import { appDb, repos } from '../../db';
import { verifyAuditLog } from '../../db/audit-log';
import { callHost } from '../../host/host';

type Lang = 'kk' | 'ru';

function labels(pack: EligibilityPack | null) {
  return {
    issueAreaLabel: (id: string) =>
      pack?.issueAreas.find((a) => a.id === id)?.label ?? { kk: id, ru: id },
    categoryLabel: (id: string | null) => pack?.categories.find((c) => c.id === id)?.label ?? null,
  };
}

/** One advocate's entries of the month: a register is always one advocate's. */
async function monthEntries(ownerId: string, month: string): Promise<ConsultationEntry[]> {
  const rows = await repos.consultations.list(ownerId, { month });
  return Promise.all(rows.map((r) => repos.consultations.open(r)));
}

async function save(name: string, bytes: Uint8Array) {
  return callHost((a) => a.files.savePdf({ suggestedName: name, bytes }));
}

/**
 * The month's register of `profile`'s advocate, with that profile in the heading. A head
 * printing another advocate's register passes `officeCopy` (register-sheet.ts says why the
 * audit head is left out then).
 */
export async function saveRegisterPdf(
  month: string,
  register: ConsultationRegisterPack,
  eligibility: EligibilityPack | null,
  profile: Profile,
  lang: Lang,
  officeCopy?: { printedBy: string },
) {
  const [{ consultationRegisterDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/consultation-register'),
    import('../../documents/render-pdf'),
  ]);
  const verdict = officeCopy ? null : await verifyAuditLog(appDb);
  const doc = consultationRegisterDoc(
    {
      month,
      entries: await monthEntries(profile.id, month),
      pack: register,
      ...labels(eligibility),
      advocate: {
        fullName: profile.fullName,
        licenceNumber: profile.licenceNumber,
        collegium: profile.collegium,
        office: profile.office,
      },
      ...(verdict
        ? { auditHead: { hash: verdict.intact ? verdict.head : 'BROKEN', count: verdict.count } }
        : {}),
      ...(officeCopy ? { officeCopy } : {}),
      printedAt: new Date().toISOString(),
    },
    lang,
  );
  const name = `${lang === 'kk' ? 'Тізілім' : 'Журнал'} ${month}`;
  return save(officeCopy ? `${name} ${profile.fullName}` : name, await renderPdf(doc));
}

export async function saveActPdf(
  entries: ConsultationEntry[],
  period: { from: string; to: string },
  actNumber: string,
  eligibility: EligibilityPack | null,
  profile: Profile,
  lang: Lang,
) {
  const [{ actOfWorkDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/act-of-work'),
    import('../../documents/render-pdf'),
  ]);
  const doc = actOfWorkDoc(
    {
      period,
      entries,
      issueAreaLabel: labels(eligibility).issueAreaLabel,
      advocate: {
        fullName: profile.fullName,
        licenceNumber: profile.licenceNumber,
        collegium: profile.collegium,
        office: profile.office,
        iin: profile.iin,
      },
      actNumber,
      printedAt: new Date().toISOString(),
    },
    lang,
  );
  return save(
    `${lang === 'kk' ? 'Акт' : 'Акт'} ${actNumber.replace('/', '-')}`,
    await renderPdf(doc),
  );
}

export { monthEntries };
