import { iinCheckDigit } from '../../../src-shared/domain/iin/iin';

/** A valid IIN for a birth date (YYMMDD) and century/sex digit: the first serial that checks. */
export function validIin(yymmdd: string, centurySex: string): string {
  for (let serial = 1; serial < 9999; serial++) {
    const first11 = `${yymmdd}${centurySex}${String(serial).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error(`no valid IIN for ${yymmdd}`);
}
