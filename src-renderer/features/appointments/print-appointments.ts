/**
 * Notices of defence (one, or a batch in one PDF) and the monthly defence register, rendered
 * lazily (pdfmake and the fonts load on first use) and handed to the host to save.
 */
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type { DefenceRegisterPack, EligibilityPack } from '../../../src-shared/rules/pack-schema';
import type { NoticeDocInput } from '../../documents/defence-notice';
import { appDb } from '../../db';
import { verifyAuditLog } from '../../db/audit-log';
import { callHost } from '../../host/host';

type Lang = 'kk' | 'ru';

async function save(name: string, bytes: Uint8Array) {
  return callHost((a) => a.files.savePdf({ suggestedName: name, bytes }));
}

function noticeInput(
  appointment: Appointment,
  noticeId: string,
  pack: DefenceRegisterPack,
  eligibility: EligibilityPack | null,
  profile: Profile,
  printedAt: string,
): NoticeDocInput {
  const notice = appointment.notices.find((n) => n.id === noticeId);
  if (!notice) throw new Error(`appointment ${appointment.id} has no notice ${noticeId}`);
  return {
    appointment,
    notice,
    pack,
    categoryLabel:
      eligibility?.categories.find((c) => c.id === appointment.categoryId)?.label ?? null,
    advocate: {
      fullName: profile.fullName,
      licenceNumber: profile.licenceNumber,
      licenceDate: profile.licenceDate,
      collegium: profile.collegium,
      office: profile.office,
      phone: profile.phone,
    },
    printedAt,
  };
}

/** One notice, in the appointment's language unless `lang` asks for the other. */
export async function saveNoticePdf(
  appointment: Appointment,
  noticeId: string,
  pack: DefenceRegisterPack,
  eligibility: EligibilityPack | null,
  profile: Profile,
  lang?: Lang,
) {
  const [{ noticeDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/defence-notice'),
    import('../../documents/render-pdf'),
  ]);
  const input = noticeInput(
    appointment,
    noticeId,
    pack,
    eligibility,
    profile,
    new Date().toISOString(),
  );
  const locale = lang ?? appointment.language;
  const name = `${locale === 'kk' ? 'Хабарлама' : 'Уведомление'} № ${input.notice.number}`;
  return save(name, await renderPdf(noticeDoc(input, locale)));
}

/**
 * Several notices in one PDF, each on its own page(s), each in its appointment's language
 * unless `lang` forces one. The file is named after the notices' number range.
 */
export async function saveNoticesBatchPdf(
  items: { appointment: Appointment; noticeId: string }[],
  pack: DefenceRegisterPack,
  eligibility: EligibilityPack | null,
  profile: Profile,
  lang?: Lang,
) {
  const [{ noticesBatchDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/defence-notice'),
    import('../../documents/render-pdf'),
  ]);
  const printedAt = new Date().toISOString();
  const inputs = items.map((i) =>
    noticeInput(i.appointment, i.noticeId, pack, eligibility, profile, printedAt),
  );
  const numbers = inputs.map((i) => i.notice.number).sort((a, b) => a - b);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  const range = first === last ? `№ ${first}` : `№ ${first}–${last}`;
  // A mixed batch is named in the interface language the user chose, else in Kazakh.
  const nameLang = lang ?? inputs[0]?.appointment.language ?? 'kk';
  const name = `${nameLang === 'kk' ? 'Хабарламалар' : 'Уведомления'} ${range}`;
  return save(name, await renderPdf(noticesBatchDoc(inputs, lang)));
}

/**
 * The month's defence register (MoJ order 1465) of `profile`'s advocate, certified with the
 * audit-log head — or, printed by a head from the office copy (`officeCopy`), naming the copy
 * instead (register-sheet.ts says why).
 */
export async function saveDefenceRegisterPdf(
  month: string,
  pack: DefenceRegisterPack,
  profile: Profile,
  lang: Lang,
  appointments: Appointment[],
  officeCopy?: { printedBy: string },
) {
  const [{ defenceRegisterDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/defence-register'),
    import('../../documents/render-pdf'),
  ]);
  const verdict = officeCopy ? null : await verifyAuditLog(appDb);
  const doc = defenceRegisterDoc(
    {
      month,
      appointments,
      pack,
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
  const name = `${lang === 'kk' ? 'Қорғау тізілімі' : 'Журнал защиты'} ${month}`;
  return save(officeCopy ? `${name} ${profile.fullName}` : name, await renderPdf(doc));
}
