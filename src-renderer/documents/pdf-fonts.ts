/**
 * The one font family every Qorgau PDF uses, shared by the browser and Node renderers.
 *
 * Noto Sans rather than pdfmake's bundled Roboto: Roboto has no ₸ (U+20B8), and Noto Sans
 * covers the whole Kazakh Cyrillic alphabet (ә ғ қ ң ө ұ ү һ і) in all four styles. The TTFs
 * come from @expo-google-fonts/noto-sans; each renderer loads them its own way (fetch of
 * Vite assets in the browser, fs in Node) under the virtual names below.
 */
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

export const PDF_FONT = 'NotoSans';

export const pdfFontStyles = ['normal', 'bold', 'italics', 'bolditalics'] as const;
export type PdfFontStyle = (typeof pdfFontStyles)[number];

/** Where each style lives inside the @expo-google-fonts/noto-sans package. */
export const notoSansFiles: Record<PdfFontStyle, string> = {
  normal: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italics: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  bolditalics: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

/** pdfmake's font dictionary, given where each style can be read from (vfs name or path). */
export function pdfFontDictionary(source: Record<PdfFontStyle, string>): TFontDictionary {
  return { [PDF_FONT]: { ...source } };
}

/**
 * A copy of the definition ready for pdfmake: pdfmake writes layout state into the objects
 * it is given, so callers' definitions (and test fixtures) must not be handed over as they
 * are. Functions (dynamic footers, table layouts) are kept by reference. Without a default
 * font pdfmake would ask for Roboto, which is not registered.
 */
export function preparePdfDoc(doc: TDocumentDefinitions): TDocumentDefinitions {
  const copy = cloneDefinition(doc);
  copy.defaultStyle = { ...copy.defaultStyle, font: copy.defaultStyle?.font ?? PDF_FONT };
  return copy;
}

function cloneDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cloneDefinition(v)) as T;
  if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneDefinition(v);
    return out as T;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
