/**
 * The receipt as a PDF (kk or ru), rendered lazily like every other document and saved through
 * the host's dialog; the head prints it and gives one copy to the advocate.
 */
import { callHost } from '../../host/host';
import type { BundleReceipt } from '../../bundle/receipt';

export async function saveBundleReceiptPdf(receipt: BundleReceipt, lang: 'kk' | 'ru') {
  const [{ bundleReceiptDoc }, { renderPdf }] = await Promise.all([
    import('../../documents/bundle-receipt'),
    import('../../documents/render-pdf'),
  ]);
  const bytes = await renderPdf(bundleReceiptDoc(receipt, lang));
  // The bundle id, not the advocate's name: the file name is seen by whoever sees the folder.
  const name = `qorgau-receipt-${receipt.bundleId.slice(0, 8)}-${lang}.pdf`;
  return callHost((a) => a.files.savePdf({ suggestedName: name, bytes }));
}
