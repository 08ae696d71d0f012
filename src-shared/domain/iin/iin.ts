/**
 * Kazakhstan IIN (ЖСН / ИИН) — the 12-digit individual identification number, in the scheme
 * used by the national registers of the Republic of Kazakhstan (Law of RK "On national
 * registers of identification numbers"):
 *
 *   YYMMDD C SSSS K
 *   digits 1–6   birth date YYMMDD
 *   digit  7     century + sex: 1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s (odd male, even female)
 *   digits 8–11  registration serial number
 *   digit  12    check digit: Σ dᵢ·wᵢ mod 11 with weights 1..11; if that is 10, recompute with
 *                weights 3..11,1,2; if it is 10 again the 11 digits are never issued.
 */

export type IinErrorCode = 'format' | 'checksum' | 'date' | 'centuryDigit';

export type Sex = 'male' | 'female';

export interface IinInfo {
  /** The normalized (trimmed) 12-digit IIN. */
  iin: string;
  /** ISO date, YYYY-MM-DD. */
  birthDate: string;
  sex: Sex;
  /** 19 = 1800–1899, 20 = 1900–1999, 21 = 2000–2099. */
  century: 19 | 20 | 21;
}

export type IinResult = { ok: true; info: IinInfo } | { ok: false; code: IinErrorCode };

const WEIGHTS_1: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const WEIGHTS_2: readonly number[] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedSumMod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w * (digits.charCodeAt(i) - 48);
  });
  return sum % 11;
}

/**
 * The 12th (check) digit for the given first 11 digits, or `null` when no valid IIN exists
 * with these digits (both weighted sums give 10) or the input is not exactly 11 ASCII digits.
 */
export function iinCheckDigit(first11: string): number | null {
  if (!/^[0-9]{11}$/.test(first11)) return null;
  const first = weightedSumMod11(first11, WEIGHTS_1);
  if (first !== 10) return first;
  const second = weightedSumMod11(first11, WEIGHTS_2);
  return second === 10 ? null : second;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Validates an IIN and decodes it. Checks run in order: format, centuryDigit, date, checksum. */
export function parseIin(input: string): IinResult {
  const iin = input.trim();
  if (!/^[0-9]{12}$/.test(iin)) return { ok: false, code: 'format' };

  const centuryDigit = Number(iin.slice(6, 7));
  if (centuryDigit < 1 || centuryDigit > 6) return { ok: false, code: 'centuryDigit' };
  const century = (19 + Math.floor((centuryDigit - 1) / 2)) as 19 | 20 | 21;
  const sex: Sex = centuryDigit % 2 === 1 ? 'male' : 'female';

  const year = (century - 1) * 100 + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, code: 'date' };
  }

  if (iinCheckDigit(iin.slice(0, 11)) !== Number(iin.slice(11))) {
    return { ok: false, code: 'checksum' };
  }

  const birthDate = `${year}-${pad2(month)}-${pad2(day)}`;
  return { ok: true, info: { iin, birthDate, sex, century } };
}

export function isValidIin(input: string): boolean {
  return parseIin(input).ok;
}

/** Masks an IIN for display in lists: `900101300057` → `9001••••••57`. Non-12-char input is returned unchanged. */
export function maskIin(iin: string): string {
  if (iin.length !== 12) return iin;
  return `${iin.slice(0, 4)}${'•'.repeat(6)}${iin.slice(10)}`;
}
