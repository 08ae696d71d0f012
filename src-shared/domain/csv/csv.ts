/**
 * CSV the way Excel in a Kazakh or Russian Windows opens it by double-click: UTF-8 with a BOM
 * (without it Excel reads Cyrillic as cp1251 mojibake), `;` between fields (the list separator
 * where the decimal separator is a comma), CRLF line ends and RFC 4180 quoting. One copy for
 * the head's documents (src-renderer/documents/*-csv.ts) and the server's collegium summary.
 */
export const CSV_SEPARATOR = ';';
export const CSV_BOM = '\ufeff';
export const CSV_CRLF = '\r\n';

/**
 * One field, quoted when it holds the separator, a quote or a line break (quotes doubled).
 * Text that a spreadsheet would take for a formula (= + - @ first) gets a leading apostrophe:
 * a name or a note must never run as a formula on the reader's computer.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: (string | number)[]): string {
  return fields.map(csvField).join(CSV_SEPARATOR);
}
