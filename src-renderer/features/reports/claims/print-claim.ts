/**
 * A claim's documents, rendered lazily (pdfmake and its fonts load on first use) and handed to
 * the host to save: the paper application (order 1462 App. 1), the attachment checklist, and
 * for a consultation claim the act of work performed for its entries (cl. 56(5)).
 */
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type { ConsultationEntry } from '../../../../src-shared/contracts/entities/consultation';
import type { FeeClaimFields } from '../../../../src-shared/contracts/entities/fee-claim';
import type { Profile } from '../../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../../src-shared/domain/dates/iso-date';
import { registerLabel } from '../../../../src-shared/domain/fees/from-registers';
import type { EligibilityPack, RulePack } from '../../../../src-shared/rules/pack-schema';
import { callHost } from '../../../host/host';
import { saveActPdf } from '../../consultations/print-register';
import { applicationInputOf, type FrozenClaim } from './claim-doc-input';

type Lang = 'kk' | 'ru';

async function savePdf(name: string, bytes: Uint8Array) {
  return callHost((a) => a.files.savePdf({ suggestedName: name, bytes }));
}

const fileLabel = (c: FrozenClaim) => registerLabel(c).replace('/', '-');

export async function saveApplicationPdf(
  claim: FrozenClaim,
  profile: Profile,
  appointment: Appointment | undefined,
  packs: readonly RulePack[],
  lang: Lang,
) {
  const [{ feeApplicationDoc }, { renderPdf }] = await Promise.all([
    import('../../../documents/fee-application'),
    import('../../../documents/render-pdf'),
  ]);
  const input = applicationInputOf(claim, profile, appointment, packs, todayIso());
  const name = `${lang === 'kk' ? 'Өтініш' : 'Заявление'} ${fileLabel(claim)} ${lang}.pdf`;
  return savePdf(name, await renderPdf(feeApplicationDoc(input, lang)));
}

export async function saveChecklistPdf(
  claim: FrozenClaim,
  profile: Profile,
  appointment: Appointment | undefined,
  packs: readonly RulePack[],
  lang: Lang,
) {
  const [{ feeChecklistDoc }, { renderPdf }] = await Promise.all([
    import('../../../documents/fee-checklist'),
    import('../../../documents/render-pdf'),
  ]);
  const input = applicationInputOf(claim, profile, appointment, packs, todayIso());
  const name = `${lang === 'kk' ? 'Тізбе' : 'Перечень'} ${fileLabel(claim)} ${lang}.pdf`;
  return savePdf(name, await renderPdf(feeChecklistDoc(input, lang)));
}

/**
 * The act for the claim's entries, numbered as its basis document (the act is that document),
 * else by the period's month as the register's monthly act is.
 */
export async function saveClaimActPdf(
  fields: Pick<FeeClaimFields, 'period' | 'basisDocument'>,
  entries: ConsultationEntry[],
  eligibility: EligibilityPack | null,
  profile: Profile,
  lang: Lang,
) {
  const number = fields.basisDocument.number.trim() || fields.period.to.slice(0, 7);
  return saveActPdf(entries, fields.period, number, eligibility, profile, lang);
}
