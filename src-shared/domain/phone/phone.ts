/**
 * Kazakhstan phone numbers (country code +7). People write them as "8 701 123 45 67",
 * "+7 (701) 123-45-67" or "87011234567"; we store one canonical form, "+77011234567",
 * so search and sync compare equal numbers as equal.
 */

/** Canonical "+7XXXXXXXXXX", or null when the input is not a +7 number. */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[+\d\s()-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+') && !trimmed.startsWith('+7')) return null;
  let national: string;
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8'))) {
    national = digits.slice(1);
  } else if (digits.length === 10 && !trimmed.startsWith('+')) {
    national = digits;
  } else {
    return null;
  }
  // Kazakhstan numbers all start with 7 after the country code (mobile 70x/74x/75x/77x,
  // landlines 71x/72x); a Russian number here is almost always a typo.
  if (!national.startsWith('7')) return null;
  return `+7${national}`;
}

/** "+77011234567" → "+7 701 123 45 67" for display and printouts. */
export function formatPhone(canonical: string): string {
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(canonical);
  return m ? `+7 ${m[1]} ${m[2]} ${m[3]} ${m[4]}` : canonical;
}
