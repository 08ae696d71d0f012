/**
 * The head prints one advocate's monthly register from the office view: the same documents as
 * the advocate's own pages (register-sheet.ts), with that advocate's profile in the heading.
 * Another advocate's register is an office copy: this device's audit log does not cover it,
 * so the sheet says whose copy it is instead of printing this device's audit head.
 */
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type {
  ConsultationRegisterPack,
  DefenceRegisterPack,
  EligibilityPack,
} from '../../../src-shared/rules/pack-schema';
import { repos } from '../../db';
import type { OfficeAdvocate } from '../../db/office-reads';
import { saveDefenceRegisterPdf } from '../appointments/print-appointments';
import { saveRegisterPdf } from '../consultations/print-register';
import type { OfficeRegister } from './office-register';

export interface OfficePrint {
  register: OfficeRegister;
  month: string;
  advocate: OfficeAdvocate;
  /** Whoever prints (the head on this device). */
  printedBy: Profile;
  lang: 'kk' | 'ru';
  packs: {
    register: ConsultationRegisterPack | null;
    defence: DefenceRegisterPack | null;
    eligibility: EligibilityPack | null;
  };
}

/** Renders and saves the PDF; null when the month has no register pack in force. */
export async function printAdvocateRegister(p: OfficePrint) {
  const officeCopy = p.advocate.own ? undefined : { printedBy: p.printedBy.fullName };
  if (p.register === 'consultations') {
    if (!p.packs.register) return null;
    return saveRegisterPdf(
      p.month,
      p.packs.register,
      p.packs.eligibility,
      p.advocate.profile,
      p.lang,
      officeCopy,
    );
  }
  if (!p.packs.defence) return null;
  const rows = await repos.appointments.list(p.advocate.id, { month: p.month });
  const appointments = await Promise.all(rows.map((r) => repos.appointments.open(r)));
  return saveDefenceRegisterPdf(
    p.month,
    p.packs.defence,
    p.advocate.profile,
    p.lang,
    appointments,
    officeCopy,
  );
}
