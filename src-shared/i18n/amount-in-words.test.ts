import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, integerInWords, type WordsLocale } from './amount-in-words';

/** Tenge (whole) and tiyn → tiyn. */
const t = (tenge: number, tiyn = 0) => tenge * 100 + tiyn;

describe('amountInWords (ru)', () => {
  it.each([
    [t(0), 'Ноль тенге 00 тиын'],
    [t(1), 'Один тенге 00 тиын'],
    [t(2), 'Два тенге 00 тиын'],
    [t(5), 'Пять тенге 00 тиын'],
    [t(11), 'Одиннадцать тенге 00 тиын'],
    [t(21), 'Двадцать один тенге 00 тиын'],
    [t(101), 'Сто один тенге 00 тиын'],
    [t(1000), 'Одна тысяча тенге 00 тиын'],
    [t(2000), 'Две тысячи тенге 00 тиын'],
    [t(5000), 'Пять тысяч тенге 00 тиын'],
    [t(11_000), 'Одиннадцать тысяч тенге 00 тиын'],
    [t(21_000), 'Двадцать одна тысяча тенге 00 тиын'],
    [t(22_000), 'Двадцать две тысячи тенге 00 тиын'],
    [t(1_000_000), 'Один миллион тенге 00 тиын'],
    [t(1_200_000, 50), 'Один миллион двести тысяч тенге 50 тиын'],
    [t(2_000_000_000), 'Два миллиарда тенге 00 тиын'],
    [
      t(2_147_483_647),
      'Два миллиарда сто сорок семь миллионов четыреста восемьдесят три тысячи шестьсот сорок семь тенге 00 тиын',
    ],
    [t(0, 1), 'Ноль тенге 01 тиын'],
    [t(152_345, 67), 'Сто пятьдесят две тысячи триста сорок пять тенге 67 тиын'],
    [t(999, 99), 'Девятьсот девяносто девять тенге 99 тиын'],
    [t(12_014, 50), 'Двенадцать тысяч четырнадцать тенге 50 тиын'],
  ])('%i tiyn', (tiyn, expected) => {
    expect(amountInWords(tiyn, 'ru')).toBe(expected);
  });
});

describe('amountInWords (kk)', () => {
  it.each([
    [t(0), 'Нөл теңге 00 тиын'],
    [t(1), 'Бір теңге 00 тиын'],
    [t(2), 'Екі теңге 00 тиын'],
    [t(5), 'Бес теңге 00 тиын'],
    [t(11), 'Он бір теңге 00 тиын'],
    [t(21), 'Жиырма бір теңге 00 тиын'],
    [t(101), 'Жүз бір теңге 00 тиын'],
    [t(1000), 'Бір мың теңге 00 тиын'],
    [t(2000), 'Екі мың теңге 00 тиын'],
    [t(5000), 'Бес мың теңге 00 тиын'],
    [t(21_000), 'Жиырма бір мың теңге 00 тиын'],
    [t(1_000_000), 'Бір миллион теңге 00 тиын'],
    [t(1_200_000, 50), 'Бір миллион екі жүз мың теңге 50 тиын'],
    [t(2_000_000_000), 'Екі миллиард теңге 00 тиын'],
    [
      t(2_147_483_647),
      'Екі миллиард жүз қырық жеті миллион төрт жүз сексен үш мың алты жүз қырық жеті теңге 00 тиын',
    ],
    [t(0, 1), 'Нөл теңге 01 тиын'],
    [t(152_345, 67), 'Жүз елу екі мың үш жүз қырық бес теңге 67 тиын'],
    [t(999, 99), 'Тоғыз жүз тоқсан тоғыз теңге 99 тиын'],
    [t(90_070, 5), 'Тоқсан мың жетпіс теңге 05 тиын'],
  ])('%i tiyn', (tiyn, expected) => {
    expect(amountInWords(tiyn, 'kk')).toBe(expected);
  });
});

describe('amountInWords input', () => {
  it.each([-1, -100, 0.5, 100.01, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'refuses %d',
    (tiyn) => {
      expect(() => amountInWords(tiyn, 'ru')).toThrow(RangeError);
      expect(() => amountInWords(tiyn, 'kk')).toThrow(RangeError);
    },
  );
});

// ── reading the words back: an independent check over every size of number ────────────

const VALUES: Record<WordsLocale, Record<string, number>> = {
  ru: Object.fromEntries([
    ...'один одна два две три четыре пять шесть семь восемь девять'
      .split(' ')
      .map((w, i) => [w, [1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][i]!] as const),
    ...'десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать'
      .split(' ')
      .map((w, i) => [w, 10 + i] as const),
    ...'двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто'
      .split(' ')
      .map((w, i) => [w, 20 + 10 * i] as const),
    ...'сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот'
      .split(' ')
      .map((w, i) => [w, 100 * (i + 1)] as const),
  ]),
  kk: Object.fromEntries([
    ...'бір екі үш төрт бес алты жеті сегіз тоғыз'.split(' ').map((w, i) => [w, i + 1] as const),
    ...'он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан'
      .split(' ')
      .map((w, i) => [w, 10 * (i + 1)] as const),
  ]),
};
const SCALE_WORDS: Record<string, number> = {
  тысяча: 1e3,
  тысячи: 1e3,
  тысяч: 1e3,
  мың: 1e3,
  миллион: 1e6,
  миллиона: 1e6,
  миллионов: 1e6,
  миллиард: 1e9,
  миллиарда: 1e9,
  миллиардов: 1e9,
  триллион: 1e12,
  триллиона: 1e12,
  триллионов: 1e12,
};

/** Words → number, the way a reader adds them up (Kazakh "екі жүз" multiplies). */
function readBack(words: string, locale: WordsLocale): number {
  let total = 0;
  let group = 0;
  let pending = 0;
  for (const w of words.split(' ')) {
    if (w === 'жүз') {
      group += (pending || 1) * 100;
      pending = 0;
    } else if (w in SCALE_WORDS) {
      total += (group + pending) * SCALE_WORDS[w]!;
      group = 0;
      pending = 0;
    } else if (locale === 'kk' && VALUES.kk[w]! < 10) {
      pending += VALUES.kk[w]!;
    } else if (w in VALUES[locale]) {
      group += VALUES[locale][w]!;
    } else if (w !== 'ноль' && w !== 'нөл') {
      throw new Error(`unknown word ${w}`);
    }
  }
  return total + group + pending;
}

describe('integerInWords reads back as the number', () => {
  it.each(['ru', 'kk'] as const)('%s', (locale) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Math.floor(Number.MAX_SAFE_INTEGER / 100) }), (n) => {
        expect(readBack(integerInWords(n, locale), locale)).toBe(n);
      }),
    );
  });

  it('agrees the Russian scale word with its group', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (group) => {
        const words = integerInWords(group * 1000, 'ru').split(' ');
        const last = words.at(-1)!;
        const mod10 = group % 10;
        const teen = group % 100 >= 11 && group % 100 <= 14;
        const expected =
          mod10 === 1 && !teen ? 'тысяча' : mod10 >= 2 && mod10 <= 4 && !teen ? 'тысячи' : 'тысяч';
        expect(last).toBe(expected);
        // тысяча is feminine: never "один тысяча", "два тысячи".
        expect(words).not.toContain('один');
        expect(words).not.toContain('два');
      }),
    );
  });
});
