import { execFileSync } from 'node:child_process';

/** Text of a PDF via poppler's pdftotext; fails with the fix when poppler is missing. */
export function pdfText(file: string): string {
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext not found: sudo apt-get install poppler-utils', { cause: e });
    }
    throw e;
  }
}

/** Renders page 1 to PNG for a person to look at (test-output/pdf/…). */
export function pdfFirstPagePng(file: string, outPrefix: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', file, outPrefix]);
}
