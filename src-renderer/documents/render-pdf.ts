/**
 * renderPdf for the renderer (Electron window and browser build).
 *
 * Nothing heavy is loaded until the first PDF is made: pdfmake's browser build comes in
 * through a dynamic import (its own chunk), and the four Noto Sans TTFs are plain asset
 * files that Vite emits next to the bundle and that are fetched on first use. Only their
 * URLs live in this module.
 *
 * Why this works under the renderer CSP (src-shared/security/csp.ts):
 * - the chunk is a same-origin script (script-src 'self'); pdfmake's build has a few
 *   `Function('return this')`-style fallbacks, but each sits behind `globalThis` or a
 *   native-bind check and is never reached in Chromium, so nothing is eval'd;
 * - the fonts are fetched from our own origin (connect-src 'self'; app:// is registered
 *   with supportFetchAPI) and handed to pdfmake as data, not loaded as CSS fonts;
 * - the URL access policy below stops pdfmake fetching anything a document might name.
 */
import type * as PdfMakeBuild from 'pdfmake/build/pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import italicUrl from '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url';
import boldItalicUrl from '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf?url';
import { pdfFontDictionary, pdfFontStyles, preparePdfDoc, type PdfFontStyle } from './pdf-fonts';

type PdfMake = typeof PdfMakeBuild;

// Static strings, so Vite sees each asset; they must match notoSansFiles in pdf-fonts.ts.
const fontUrls: Record<PdfFontStyle, string> = {
  normal: regularUrl,
  bold: boldUrl,
  italics: italicUrl,
  bolditalics: boldItalicUrl,
};

/** Names the fonts carry inside pdfmake's virtual file system. */
const vfsNames: Record<PdfFontStyle, string> = {
  normal: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italics: 'NotoSans-Italic.ttf',
  bolditalics: 'NotoSans-BoldItalic.ttf',
};

let loading: Promise<PdfMake> | undefined;

/** pdfmake with Noto Sans registered; loaded once, retried if a previous load failed. */
function loadPdfMake(): Promise<PdfMake> {
  loading ??= (async () => {
    const [module, ...fonts] = await Promise.all([
      import('pdfmake/build/pdfmake'),
      ...pdfFontStyles.map((style) => fetchBase64(fontUrls[style])),
    ]);
    // A UMD (CommonJS) build: its exports object, the pdfmake instance whose methods need
    // their `this`, arrives as the namespace's default, which the typings do not declare.
    const pdfMake = (module as unknown as { default: PdfMake }).default;
    pdfMake.addVirtualFileSystem(
      Object.fromEntries(pdfFontStyles.map((style, i) => [vfsNames[style], fonts[i] ?? ''])),
    );
    // setFonts, not addFonts: drop the default Roboto entry, whose files are not loaded.
    pdfMake.setFonts(pdfFontDictionary(vfsNames));
    pdfMake.setUrlAccessPolicy(() => false);
    return pdfMake;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function fetchBase64(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`PDF font not loaded (${response.status}): ${url}`);
  const blob = await response.blob();
  // FileReader encodes natively; pdfmake's virtual file system takes base64 strings.
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(blob);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

/** Renders a pdfmake document with Noto Sans (the default font unless the doc names one). */
/**
 * Starts loading pdfmake and the fonts in the background (screens that print call it when
 * they open), so the first printout does not wait ~0.6 s for them. Failures are retried on
 * the real print.
 */
export function preloadPdf(): void {
  void loadPdfMake().catch(() => undefined);
}

export async function renderPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
  const pdfMake = await loadPdfMake();
  const buffer = await pdfMake.createPdf(preparePdfDoc(doc)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
