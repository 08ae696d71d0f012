/**
 * Makes the explanation sheet PDF for a recorded decision and hands it to the host to save
 * (the desktop app shows a save dialog; the browser preview downloads it). pdfmake and the
 * fonts are loaded on first use only.
 */
import type { Envelope } from '../../../src-shared/contracts/envelope';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type { EligibilityPack } from '../../../src-shared/rules/pack-schema';
import type { EligibilityCheck } from '../../db/eligibility-check-repository';
import { callHost } from '../../host/host';

const TITLE = { kk: 'Түсіндірме', ru: 'Разъяснение' } as const;

/** A file name from the person's name: letters (any script), digits, spaces and dashes. */
export function explanationFileName(check: EligibilityCheck, lang: 'kk' | 'ru'): string {
  const name = check.facts.person.fullName
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .trim()
    .slice(0, 80);
  return `${TITLE[lang]} ${name} ${check.facts.date}`.replace(/\s+/g, ' ').trim();
}

export async function saveExplanationPdf(
  check: EligibilityCheck,
  pack: EligibilityPack,
  profile: Profile,
  lang: 'kk' | 'ru',
): Promise<Envelope<{ saved: boolean; path?: string | undefined }>> {
  const [{ eligibilityExplanationDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/eligibility-explanation'),
    import('../../documents/render-pdf'),
  ]);
  const doc = eligibilityExplanationDoc(
    {
      decision: check.decision,
      facts: check.facts,
      pack,
      advocate: {
        fullName: profile.fullName,
        office: profile.office,
        collegium: profile.collegium,
        phone: profile.phone,
        licenceNumber: profile.licenceNumber,
      },
      issuedAt: new Date().toISOString(),
    },
    lang,
  );
  const bytes = await renderPdf(doc);
  return callHost((a) =>
    a.files.savePdf({ suggestedName: explanationFileName(check, lang), bytes }),
  );
}
