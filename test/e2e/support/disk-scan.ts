/**
 * Looks for secrets in the files a browser profile keeps on disk (IndexedDB's LevelDB or SQLite
 * files, blob files, logs). A value is searched in every way Chromium may store a string: UTF-8,
 * UTF-16LE (V8 serialises non-Latin-1 strings as two-byte) and Latin-1 (one-byte strings).
 * The caller proves the scan can see plaintext with a control record written in clear.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ScanHit {
  needle: string;
  file: string;
  encoding: 'utf8' | 'utf16le' | 'latin1';
}

function encodings(needle: string): { encoding: ScanHit['encoding']; bytes: Buffer }[] {
  const out: { encoding: ScanHit['encoding']; bytes: Buffer }[] = [
    { encoding: 'utf8', bytes: Buffer.from(needle, 'utf8') },
    { encoding: 'utf16le', bytes: Buffer.from(needle, 'utf16le') },
  ];
  // Latin-1 only where the text fits in it (an IIN, a Latin name); otherwise it is not stored so.
  if ([...needle].every((c) => c.charCodeAt(0) < 256))
    out.push({ encoding: 'latin1', bytes: Buffer.from(needle, 'latin1') });
  return out;
}

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...filesUnder(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

export function scanFiles(files: string[], needles: string[]): ScanHit[] {
  const hits: ScanHit[] = [];
  for (const file of files) {
    const data = readFileSync(file);
    for (const needle of needles)
      for (const { encoding, bytes } of encodings(needle))
        if (data.includes(bytes)) hits.push({ needle, file, encoding });
  }
  return hits;
}
