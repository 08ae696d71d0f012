/**
 * A sum of money in words, as Kazakh payment documents write it: the tenge in words, the tiyn
 * in two figures — ru «Один миллион двести тысяч тенге 50 тиын», kk «Бір миллион екі жүз мың
 * теңге 50 тиын». The words guard the figures against a slipped digit, so they are built from
 * integer tiyn only (never from a float of tenge) and anything else is refused.
 *
 * Russian: "тысяча" is feminine (одна, две тысячи), the scale words agree with the number
 * before them (тысяча / тысячи / тысяч), "тенге" and "тиын" do not decline. Kazakh: numerals
 * simply follow each other (екі жүз мың), nouns after a numeral stay singular. As in
 * accounting practice, a scale group of one is written out ("Одна тысяча", "Бір мың") while a
 * hundred is "сто" / "жүз".
 */

export type WordsLocale = 'kk' | 'ru';

interface Scale {
  ru: [one: string, few: string, many: string];
  kk: string;
  /** Russian numerals before it take the feminine form (одна, две). */
  feminine?: boolean;
}

/** Groups of three digits above the units, smallest first. */
const SCALES: Scale[] = [
  { ru: ['тысяча', 'тысячи', 'тысяч'], kk: 'мың', feminine: true },
  { ru: ['миллион', 'миллиона', 'миллионов'], kk: 'миллион' },
  { ru: ['миллиард', 'миллиарда', 'миллиардов'], kk: 'миллиард' },
  { ru: ['триллион', 'триллиона', 'триллионов'], kk: 'триллион' },
];

const RU = {
  units: ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  unitsFeminine: ['', 'одна', 'две'],
  teens: [
    'десять',
    'одиннадцать',
    'двенадцать',
    'тринадцать',
    'четырнадцать',
    'пятнадцать',
    'шестнадцать',
    'семнадцать',
    'восемнадцать',
    'девятнадцать',
  ],
  tens: [
    '',
    '',
    'двадцать',
    'тридцать',
    'сорок',
    'пятьдесят',
    'шестьдесят',
    'семьдесят',
    'восемьдесят',
    'девяносто',
  ],
  hundreds: [
    '',
    'сто',
    'двести',
    'триста',
    'четыреста',
    'пятьсот',
    'шестьсот',
    'семьсот',
    'восемьсот',
    'девятьсот',
  ],
  zero: 'ноль',
  currency: 'тенге',
};

const KK = {
  units: ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'],
  tens: ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'],
  hundred: 'жүз',
  zero: 'нөл',
  currency: 'теңге',
};

const TIYN = 'тиын';

/** Russian noun form after a number: 1 тысяча, 2 тысячи, 5 тысяч, 11 тысяч, 21 тысяча. */
function ruForm(n: number, [one, few, many]: [string, string, string]): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** 1..999 in Russian words. */
function ruTriple(n: number, feminine: boolean): string[] {
  const words = [RU.hundreds[Math.floor(n / 100)]!];
  const rest = n % 100;
  if (rest >= 10 && rest < 20) return [...words, RU.teens[rest - 10]!].filter(Boolean);
  words.push(RU.tens[Math.floor(rest / 10)]!);
  const unit = rest % 10;
  words.push(feminine && unit <= 2 ? RU.unitsFeminine[unit]! : RU.units[unit]!);
  return words.filter(Boolean);
}

/** 1..999 in Kazakh words: "жүз" alone for one hundred, "екі жүз" for two. */
function kkTriple(n: number): string[] {
  const h = Math.floor(n / 100);
  const words = h === 0 ? [] : h === 1 ? [KK.hundred] : [KK.units[h]!, KK.hundred];
  words.push(KK.tens[Math.floor((n % 100) / 10)]!, KK.units[n % 10]!);
  return words.filter(Boolean);
}

/** A whole number of tenge in lower-case words. */
export function integerInWords(n: number, locale: WordsLocale): string {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`Expected a whole, non-negative number, got ${String(n)}`);
  }
  if (n === 0) return locale === 'ru' ? RU.zero : KK.zero;
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  if (groups.length > SCALES.length + 1) throw new RangeError(`Too large to write out: ${n}`);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const group = groups[i]!;
    if (group === 0) continue;
    const scale = i > 0 ? SCALES[i - 1]! : undefined;
    if (locale === 'ru') {
      words.push(...ruTriple(group, scale?.feminine === true));
      if (scale) words.push(ruForm(group, scale.ru));
    } else {
      words.push(...kkTriple(group));
      if (scale) words.push(scale.kk);
    }
  }
  return words.join(' ');
}

/**
 * Tiyn → "Двадцать одна тысяча тенге 05 тиын" / "Жиырма бір мың теңге 05 тиын": tenge in
 * words with a capital first letter, tiyn always in two figures. Throws on a negative or
 * non-integer amount: a claim's money is whole tiyn, anything else is a bug upstream.
 */
export function amountInWords(tiyn: number, locale: WordsLocale): string {
  if (!Number.isSafeInteger(tiyn) || tiyn < 0) {
    throw new RangeError(`Expected whole, non-negative tiyn, got ${String(tiyn)}`);
  }
  const tenge = Math.floor(tiyn / 100);
  const words = integerInWords(tenge, locale);
  const currency = locale === 'ru' ? RU.currency : KK.currency;
  const cents = String(tiyn % 100).padStart(2, '0');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${currency} ${cents} ${TIYN}`;
}
