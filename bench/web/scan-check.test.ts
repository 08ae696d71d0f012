import { describe, expect, it } from 'vitest';
import type { ConsultationEntry } from '../../src-shared/contracts/entities/consultation';
import { plainAnswers, searchable, type ScannedEntry } from './scan-check';

const entries: ScannedEntry[] = [
  {
    id: 'a',
    year: 2026,
    number: 5,
    names: ['Серікбаев Арман Нұрланұлы', ''],
    iins: ['900101300123', ''],
  },
  {
    id: 'b',
    year: 2025,
    number: 7,
    names: ['Жандосова Гүлнәр', 'Серікова Айгерім'],
    iins: ['850505400321', '150101600111'],
  },
  { id: 'c', year: 2026, number: 9, names: ['Сергеев Иван', ''], iins: ['900102300456', ''] },
];

describe('plainAnswers', () => {
  it('answers what matchesQuery accepts, newest register number first', () => {
    const queries = [
      'Сер',
      'Серік',
      'Жандосова Гүл',
      'серікбаев арман',
      'Иван Серг',
      '900101300123',
      '900101',
      '9001',
      '150101',
      'Айгерім Жан',
      'Zzz',
    ];
    expect(plainAnswers(queries, entries, 200)).toEqual([
      ['c', 'a', 'b'],
      ['a', 'b'],
      ['b'],
      ['a'],
      ['c'],
      ['a'],
      ['a'],
      ['c', 'a'],
      ['b'],
      ['b'],
      [],
    ]);
  });

  it('finds nothing for a query without a search key, and keeps the first `limit`', () => {
    expect(plainAnswers(['Ар', ''], entries, 200)).toEqual([[], []]);
    expect(plainAnswers(['Сер'], entries, 2)).toEqual([['c', 'a']]);
  });
});

describe('searchable', () => {
  it("takes the applicant's and the represented person's names and IINs", () => {
    const e = {
      applicant: { fullName: 'Серікбаев Арман', iin: '900101300123' },
      representedPerson: { fullName: 'Серікбаева Айым', iin: '150101600111' },
    } as unknown as ConsultationEntry;
    expect(searchable(e)).toEqual({
      names: ['Серікбаев Арман', 'Серікбаева Айым'],
      iins: ['900101300123', '150101600111'],
    });
    expect(searchable({ ...e, representedPerson: undefined })).toEqual({
      names: ['Серікбаев Арман', ''],
      iins: ['900101300123', ''],
    });
  });
});
