/// <reference types="node" />
/* eslint-disable no-restricted-imports -- Node-only renderer for tests and the server */
/**
 * renderPdf for Node: the tests (which read the PDFs back with pdftotext) and, later, the
 * sync server. Same fonts and same document preparation as the browser renderer
 * (render-pdf.ts); the renderer bundle must never import this file.
 */
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  notoSansFiles,
  pdfFontDictionary,
  pdfFontStyles,
  preparePdfDoc,
  type PdfFontStyle,
} from './pdf-fonts';

const require = createRequire(import.meta.url);

const fontPaths = Object.fromEntries(
  pdfFontStyles.map((style) => [
    style,
    require.resolve(`@expo-google-fonts/noto-sans/${notoSansFiles[style]}`),
  ]),
) as Record<PdfFontStyle, string>;
const allowedFiles = new Set(Object.values(fontPaths));

// pdfmake is a process-wide singleton: configure it once. Documents are built by our own
// code, but nothing in them may make pdfmake read other files or fetch URLs.
pdfmake.setFonts(pdfFontDictionary(fontPaths));
pdfmake.setLocalAccessPolicy((path) => allowedFiles.has(path));
pdfmake.setUrlAccessPolicy(() => false);

export async function renderPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
  const buffer = await pdfmake.createPdf(preparePdfDoc(doc)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
