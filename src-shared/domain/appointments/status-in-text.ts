/**
 * Which procedural status a piece of pasted text names, matched against the defence-register
 * pack's labels in Kazakh and Russian, in masculine, feminine and genitive forms
 * («подозреваемый», «подозреваемая», «подозреваемого»). Never guesses: two candidates are
 * 'ambiguous'. Used by the Е-Заң көмегі paste (ezk-paste.ts).
 */
import type { DefenceRegisterPack } from '../../rules/pack-schema';

/** Pasted text with odd spaces folded: no-break and thin spaces, runs of blanks. */
export const cleanText = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[ \f\v]+/g, ' ')
    .trim();

/** A value as compared with status labels. */
export const normalizeValue = (s: string) =>
  cleanText(s)
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/i/g, 'і')
    .replace(/\s*,\s*/g, ', ')
    .replace(/^[\s"«'„“.,;:–—-]+|[\s"»'“”.,;:–—-]+$/g, '');

/** Masculine and feminine (and genitive) forms of a Russian status label. */
function genderForms(label: string): string[] {
  const forms = new Set([label]);
  const swap = (re: RegExp, to: string) => forms.add(label.replace(re, to));
  swap(/(?<=\p{L})(?:ый|ий)(?=$|[\s,])/gu, 'ая');
  swap(/(?<=\p{L})(?:ый|ий)(?=$|[\s,])/gu, 'ого');
  swap(/(?<=\p{L})щий(?=$|[\s,])/gu, 'щая');
  swap(/^истец/u, 'истица');
  swap(/^ответчик/u, 'ответчица');
  swap(/^свидетель, имеющий/u, 'свидетельница, имеющая');
  return [...forms];
}

export interface StatusForm {
  id: string;
  form: string;
}

export function statusForms(pack: DefenceRegisterPack): StatusForm[] {
  return pack.statuses.flatMap((s) =>
    [s.label.kk, s.label.ru]
      .map(normalizeValue)
      .flatMap(genderForms)
      .map((form) => ({ id: s.id, form })),
  );
}

const hasWord = (text: string, word: string) =>
  new RegExp(
    `(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`,
    'u',
  ).test(text);

/**
 * The status a value names: an exact label (any form) first; else the one status whose label
 * appears in it, a longer label winning over a shorter one inside it («Потерпевший по делу об
 * административном правонарушении» over «Потерпевший»). Two candidates: ambiguous.
 */
export function matchStatus(
  value: string,
  forms: readonly StatusForm[],
  exactOnly: boolean,
): string | 'ambiguous' | null {
  const v = normalizeValue(value);
  if (!v) return null;
  const exact = new Set(forms.filter((f) => f.form === v).map((f) => f.id));
  if (exact.size === 1) return [...exact][0]!;
  if (exact.size > 1) return 'ambiguous';
  if (exactOnly) return null;
  const inside = forms.filter((f) => hasWord(v, f.form));
  const longest = inside.filter(
    (f) => !inside.some((g) => g.form !== f.form && g.form.includes(f.form)),
  );
  const ids = new Set(longest.map((f) => f.id));
  if (ids.size === 1) return [...ids][0]!;
  return ids.size > 1 ? 'ambiguous' : null;
}
