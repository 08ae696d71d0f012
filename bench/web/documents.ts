/**
 * The "Documents" figures: the monthly register printout of `rows` entries (as
 * print-register.ts makes it) and a batch of notices of defence in one PDF (as
 * print-appointments.ts makes it). Both import the document code lazily, like the app, so the
 * first call of a page pays for loading pdfmake and the fonts.
 */
import { repos } from '../../src-renderer/db';
import { noticeAppointments } from './defence-fixtures';
import { defencePack, labels, registerPack } from './packs';
import { ADVOCATE } from './store';

const ms = (t0: number) => performance.now() - t0;

/** pdfkit writes page objects uncompressed; "/Type /Page" without the "s" counts pages. */
const countPages = (bytes: Uint8Array) =>
  new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page\b/g)?.length ?? 0;

/** The monthly register printout with `rows` entries of `month`. */
export async function pdf(month: string, rows: number, locale: 'kk' | 'ru' = 'kk') {
  const t0 = performance.now();
  const list = (await repos.consultations.list(ADVOCATE, { month })).slice(0, rows);
  const entriesOfMonth = await Promise.all(list.map((r) => repos.consultations.open(r)));
  const openMs = ms(t0);
  const t1 = performance.now();
  // Lazy, like the app: the first call loads the chunks, pdfmake and the fonts.
  const [{ consultationRegisterDoc }, { renderPdf }] = await Promise.all([
    import('../../src-renderer/documents/consultation-register'),
    import('../../src-renderer/documents/render-pdf'),
  ]);
  const importMs = ms(t1);
  const t2 = performance.now();
  const doc = consultationRegisterDoc(
    {
      month,
      entries: entriesOfMonth,
      pack: registerPack,
      ...labels,
      advocate: {
        fullName: 'Жұмабаева Динара Серікқызы',
        licenceNumber: '23012345',
        collegium: 'Алматы қалалық адвокаттар алқасы',
        office: '№ 12 заң консультациясы',
      },
      auditHead: { hash: 'f'.repeat(64), count: 100_000 },
      printedAt: new Date().toISOString(),
    },
    locale,
  );
  const docMs = ms(t2);
  const t3 = performance.now();
  const bytes = await renderPdf(doc);
  const renderMs = ms(t3);
  return {
    ms: ms(t1),
    importMs,
    docMs,
    renderMs,
    openMs,
    entries: entriesOfMonth.length,
    bytes: bytes.length,
    pages: countPages(bytes),
  };
}

/**
 * A batch of `count` notices of defence in one PDF (each in its appointment's language, one
 * section per notice). Nothing is read from IndexedDB: the appointments are generated, so this
 * runs without seeding and does not depend on the codec.
 */
export async function notices(count: number) {
  const list = noticeAppointments(count, defencePack);
  const t1 = performance.now();
  const [{ noticesBatchDoc }, { renderPdf }] = await Promise.all([
    import('../../src-renderer/documents/defence-notice'),
    import('../../src-renderer/documents/render-pdf'),
  ]);
  const importMs = ms(t1);
  const t2 = performance.now();
  const printedAt = new Date().toISOString();
  const doc = noticesBatchDoc(
    list.map((appointment) => ({
      appointment,
      notice: appointment.notices[0]!,
      pack: defencePack,
      categoryLabel: null,
      advocate: {
        fullName: 'Жұмабаева Динара Серікқызы',
        licenceNumber: '23012345',
        licenceDate: '2012-05-14',
        collegium: 'Алматы қалалық адвокаттар алқасы',
        office: '№ 12 заң консультациясы',
        phone: '+77011234567',
      },
      printedAt,
    })),
  );
  const docMs = ms(t2);
  const t3 = performance.now();
  const bytes = await renderPdf(doc);
  const renderMs = ms(t3);
  const kk = list.filter((a) => a.language === 'kk').length;
  return {
    ms: ms(t1),
    importMs,
    docMs,
    renderMs,
    notices: count,
    kk,
    bytes: bytes.length,
    pages: countPages(bytes),
  };
}
