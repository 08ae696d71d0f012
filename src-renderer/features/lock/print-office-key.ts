/**
 * The office key's two files: the secret sheet as a PDF (rendered lazily, like every other
 * document) and the public key as a text file for the advocates. Both go through the host's
 * save dialog; nothing is sent anywhere.
 */
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { callHost } from '../../host/host';
import type { NewOfficeKey } from '../../vault/office-key';

export async function saveOfficeKeyPdf(
  key: NewOfficeKey & { createdAt: string },
  profile: Pick<Profile, 'fullName' | 'office' | 'collegium'>,
  lang: 'kk' | 'ru',
) {
  const [{ officeRecoveryKeyDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/office-recovery-key'),
    import('../../documents/render-pdf'),
  ]);
  const doc = officeRecoveryKeyDoc(
    {
      keyId: key.keyId,
      privateText: key.privateText,
      createdAt: key.createdAt,
      createdBy: profile.fullName,
      office: profile.office,
      collegium: profile.collegium,
    },
    lang,
  );
  const bytes = await renderPdf(doc);
  return callHost((a) =>
    a.files.savePdf({ suggestedName: `office-recovery-key-${key.keyId}-${lang}.pdf`, bytes }),
  );
}

/** Only the key itself, one line: adoptOfficePublicKey reads the whole file as the key. */
export function saveOfficePublicKey(key: Pick<NewOfficeKey, 'keyId' | 'publicText'>) {
  const bytes = new TextEncoder().encode(`${key.publicText}\n`);
  return callHost((a) =>
    a.files.saveFile({ suggestedName: `qorgau-office-key-${key.keyId}.txt`, kind: 'txt', bytes }),
  );
}
