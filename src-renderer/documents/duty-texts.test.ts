import { describe, expect, it } from 'vitest';
import { compareNames, dayOfMonth, dutyTexts, formatDay, weekdayName } from './duty-texts';

describe('duty document formatters', () => {
  it('names the weekday in each language', () => {
    // 1 December 2026 is a Tuesday, 6 December a Sunday, 16 December a Wednesday.
    expect(weekdayName('2026-12-01', 'kk')).toBe('сейсенбі');
    expect(weekdayName('2026-12-01', 'ru')).toBe('вторник');
    expect(weekdayName('2026-12-06', 'kk')).toBe('жексенбі');
    expect(weekdayName('2026-12-06', 'ru')).toBe('воскресенье');
    expect(weekdayName('2026-12-16', 'kk')).toBe('сәрсенбі');
    expect(weekdayName('2024-02-29', 'ru')).toBe('четверг');
  });

  it('sorts names in Kazakh alphabetical order, not by code point', () => {
    const names = [
      'Һашимова',
      'Өмірзақов',
      'Үсенов',
      'Сәрсенбаев',
      'Ахметов',
      'Әлиев',
      'Ыбырай',
      'Ісаев',
    ];
    expect([...names].sort(compareNames)).toEqual([
      'Ахметов',
      'Әлиев',
      'Өмірзақов',
      'Сәрсенбаев',
      'Үсенов',
      'Һашимова',
      'Ыбырай',
      'Ісаев',
    ]);
    expect(compareNames('Ким', 'ким')).toBe(0);
    expect(compareNames('Ким', 'Кима')).toBeLessThan(0);
    expect(compareNames('Ким Виктор', 'Кима Анна')).toBeLessThan(0);
  });

  it('prints dates as DD.MM.YYYY and months in words', () => {
    expect(formatDay('2026-12-03', 'kk')).toBe('03.12.2026');
    expect(formatDay('2026-12-03T11:20:00+05:00', 'ru')).toMatch(/^0[23]\.12\.2026$/);
    expect(dayOfMonth('2026-12-16')).toBe('16');
    expect(dutyTexts.kk.monthYear(12, 2026)).toBe('2026 жылғы желтоқсан');
    expect(dutyTexts.ru.monthYear(12, 2026)).toBe('декабрь 2026\u00a0г.');
  });

  it('agrees numbers with nouns in Russian', () => {
    const { total, leftNotListed } = dutyTexts.ru.participants;
    expect(total(1)).toBe('В списке 1 адвокат.');
    expect(total(3)).toBe('В списке 3 адвоката.');
    expect(total(5)).toBe('В списке 5 адвокатов.');
    expect(leftNotListed(1)).toBe('Не включён 1 адвокат, выбывший из списка.');
    expect(leftNotListed(2)).toBe('Не включены 2 адвоката, выбывшие из списка.');
  });
});
