/* eslint-disable no-restricted-imports -- Node-only helper for the document tests */
/// <reference types="node" />
import { execFileSync } from 'node:child_process';

/** Whitespace, including no-break spaces, collapsed to single spaces. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');

/** Text of a PDF via poppler's pdftotext, whitespace collapsed; fails with the fix if missing. */
export function pdfText(file: string): string {
  try {
    return flat(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        'pdftotext not found: install poppler-utils (sudo apt-get install poppler-utils)',
        { cause: error },
      );
    }
    throw error;
  }
}
