import { describe, expect, it } from 'vitest';
import type { DefenceRegisterPack } from '../../rules/pack-schema';
import { loadShippedPacks } from '../../rules/shipped-packs';
import { iinCheckDigit } from '../iin/iin';
import { datesIn, parseEzkText } from './ezk-paste';

const pack = loadShippedPacks().find(
  (p): p is DefenceRegisterPack => p.kind === 'defence-register',
)!;

function validIin(yymmdd: string, centurySex: string): string {
  for (let serial = 1; serial < 9999; serial++) {
    const first11 = `${yymmdd}${centurySex}${String(serial).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error('no IIN');
}

const iin = validIin('850312', '3');
const erdr = '241500031000123';
const parse = (text: string) => parseEzkText(text, pack);

describe('parseEzkText', () => {
  it('reads a Russian "Label: value" block', () => {
    const r = parse(`Е-Заң көмегі
Номер заявки: EZK-2026-000451
Постановление № 45 от 14.11.2026
Орган, ведущий уголовный процесс: СУ ДП г. Алматы
Должностное лицо: следователь Иванов И.И.
Номер ЕРДР: ${erdr}
ФИО подзащитного: Әлиев Нұрлан Қайратұлы
ИИН: ${iin}
Процессуальный статус: Подозреваемый
Квалификация: ч. 2 ст. 188 УК РК`);
    expect(r.fields).toEqual({
      ezkNumber: 'EZK-2026-000451',
      decree: {
        number: '45',
        date: '2026-11-14',
        body: 'СУ ДП г. Алматы',
        official: 'следователь Иванов И.И.',
      },
      caseKind: 'criminal',
      caseNumber: erdr,
      client: { fullName: 'Әлиев Нұрлан Қайратұлы', iin },
      statusId: 'status.suspect',
      qualification: 'ч. 2 ст. 188 УК РК',
    });
    expect(r.found).toEqual([
      'ezkNumber',
      'decree.number',
      'decree.date',
      'decree.body',
      'decree.official',
      'caseKind',
      'caseNumber',
      'client.fullName',
      'client.iin',
      'statusId',
      'qualification',
    ]);
    expect(r.unknown).toEqual(['Е-Заң көмегі']);
    expect(r.ambiguous).toEqual([]);
  });

  it('reads a Kazakh block', () => {
    const r = parse(`Өтінім нөмірі: 7781
14.11.2026 ж. № 45 қаулы
Іс жүргізетін орган: Қызылорда облысы ПД Жалағаш аудандық полиция бөлімі
Тергеуші: Сәрсенов Б.Қ.
СДТБТ №: ${erdr}
Қорғалушы: Әлиев Нұрлан Қайратұлы
ЖСН: ${iin}
Процестік мәртебесі: күдікті
Саралау: ҚК-нің 188-бабы 2-бөлігі`);
    expect(r.fields).toMatchObject({
      ezkNumber: '7781',
      decree: {
        number: '45',
        date: '2026-11-14',
        body: 'Қызылорда облысы ПД Жалағаш аудандық полиция бөлімі',
        official: 'Тергеуші Сәрсенов Б.Қ.',
      },
      caseNumber: erdr,
      client: { fullName: 'Әлиев Нұрлан Қайратұлы', iin },
      statusId: 'status.suspect',
      qualification: 'ҚК-нің 188-бабы 2-бөлігі',
    });
    expect(r.unknown).toEqual([]);
  });

  it('reads Kazakh decree number and date under their own labels', () => {
    const r = parse(`Қаулының нөмірі: 12-А
Қаулының күні: 2026-11-03
Іс нөмірі: 2-1234/2026
Т.А.Ә.: Серікбаева Айгүл`);
    expect(r.fields).toMatchObject({
      decree: { number: '12-А', date: '2026-11-03' },
      caseNumber: '2-1234/2026',
      client: { fullName: 'Серікбаева Айгүл' },
    });
  });

  it('reads tab-separated rows (a copied table)', () => {
    const r = parse(
      [
        `Номер постановления\t45`,
        `Дата постановления\t14.11.2026`,
        `Наименование органа\tУП г. Шымкент`,
        `№ дела\t${erdr}`,
        `ФИО\tИванов Иван Иванович`,
        `Статус\tОбвиняемый`,
      ].join('\n'),
    );
    expect(r.fields).toMatchObject({
      decree: { number: '45', date: '2026-11-14', body: 'УП г. Шымкент' },
      caseNumber: erdr,
      client: { fullName: 'Иванов Иван Иванович' },
      statusId: 'status.accused',
    });
    expect(r.unknown).toEqual([]);
  });

  it('reads a label on one line and its value on the next', () => {
    const r = parse(`Номер постановления:
45
Дата постановления
14.11.2026
Орган

СУ ДП г. Алматы
Подзащитный
Иванов Иван Иванович
Процессуальный статус
Подозреваемый`);
    expect(r.fields).toMatchObject({
      decree: { number: '45', date: '2026-11-14', body: 'СУ ДП г. Алматы' },
      client: { fullName: 'Иванов Иван Иванович' },
      statusId: 'status.suspect',
    });
    expect(r.unknown).toEqual([]);
  });

  it('finds an unlabelled ЕРДР number and IIN on one line without confusing them', () => {
    const r = parse(`Дело ${erdr}, подзащитный ${iin}`);
    expect(r.fields.caseNumber).toBe(erdr);
    expect(r.fields.client?.iin).toBe(iin);
  });

  it('never takes a 15-digit ЕРДР number (or its first 12 digits) as an IIN', () => {
    // An ЕРДР whose first twelve digits are a valid IIN.
    const r = parse(`${iin}123`);
    expect(r.fields.caseNumber).toBe(`${iin}123`);
    expect(r.fields.client).toBeUndefined();
  });

  it('does not take an invalid 12-digit number as an IIN', () => {
    const bad = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    const r = parse(`ИИН: ${bad}\nСправка ${bad}`);
    expect(r.fields.client).toBeUndefined();
    expect(r.found).toEqual([]);
    expect(r.unknown).toEqual([`ИИН: ${bad}`, `Справка ${bad}`]);
  });

  it('matches a feminine status, and ё written as е', () => {
    expect(parse('Процессуальный статус: подозреваемая').fields.statusId).toBe('status.suspect');
    expect(parse('Статус: Осужденная').fields.statusId).toBe('status.convicted');
    expect(parse('Статус: ПОТЕРПЕВШАЯ').fields.statusId).toBe('status.victim');
    expect(parse('Подсудимая').fields.statusId).toBe('status.defendant');
  });

  it('takes the longer status label it contains, and the kind of proceedings with it', () => {
    const r = parse('Статус: Лицо, привлекаемое к административной ответственности');
    expect(r.fields.statusId).toBe('status.admin-offender');
    expect(r.fields.caseKind).toBe('administrative-offence');
    expect(
      parse('Статус: потерпевший по делу об административном правонарушении').fields.statusId,
    ).toBe('status.admin-victim');
  });

  it('leaves an ambiguous status empty', () => {
    const r = parse('Статус: подозреваемый, обвиняемый');
    expect(r.fields.statusId).toBeUndefined();
    expect(r.fields.caseKind).toBeUndefined();
    expect(r.ambiguous).toEqual(['statusId']);
  });

  it('leaves a field empty when the text gives two different values for it', () => {
    const r = parse(`${erdr}\n241500031000999\nФИО: Иванов И.И.\nФИО: Петров П.П.`);
    expect(r.fields.caseNumber).toBeUndefined();
    expect(r.fields.client).toBeUndefined();
    expect(r.ambiguous).toEqual(['caseNumber', 'client.fullName']);
  });

  it('prefers a labelled case number to numbers found elsewhere', () => {
    const r = parse(`№ дела: 2-1234/2026\nСм. также ${erdr}`);
    expect(r.fields.caseNumber).toBe('2-1234/2026');
  });

  it('finds nothing in junk text, and never throws', () => {
    const r = parse('Здравствуйте!\nhello world 123\n::::\n\t\t\n12345678901');
    expect(r.fields).toEqual({});
    expect(r.found).toEqual([]);
    expect(r.unknown).toHaveLength(4);
    expect(parse('')).toEqual({ fields: {}, found: [], unknown: [], ambiguous: [] });
    expect(() => parseEzkText(undefined as unknown as string, pack)).not.toThrow();
  });

  it('reads dates as dd.mm.yyyy, yyyy-mm-dd and in words, and skips impossible ones', () => {
    expect(datesIn('14.11.2026')).toEqual(['2026-11-14']);
    expect(datesIn('4.1.2026')).toEqual(['2026-01-04']);
    expect(datesIn('2026-11-14T10:30')).toEqual(['2026-11-14']);
    expect(datesIn('от 14 ноября 2026 г.')).toEqual(['2026-11-14']);
    expect(datesIn('2026 жылғы 14 қарашадағы')).toEqual(['2026-11-14']);
    expect(datesIn('31.02.2026 и 2026-13-01')).toEqual([]);
    expect(parse('Дата постановления: 2026-11-14').fields.decree?.date).toBe('2026-11-14');
    expect(parse('Дата постановления: 31.02.2026').fields.decree).toBeUndefined();
  });

  it('reads the decree when the date comes before the number', () => {
    const r = parse('Постановление о назначении защитника от 03.11.2026 № 7/15');
    expect(r.fields.decree).toEqual({ number: '7/15', date: '2026-11-03' });
  });

  it('takes the IIN written next to the name, out of the name', () => {
    const r = parse(`ФИО: Иванов Иван Иванович, ИИН ${iin}`);
    expect(r.fields.client).toEqual({ fullName: 'Иванов Иван Иванович', iin });
  });

  it('keeps "ФИО должностного лица" apart from the client', () => {
    const r = parse('ФИО должностного лица: Петров П.П.\nФИО: Иванов И.И.');
    expect(r.fields.decree?.official).toBe('Петров П.П.');
    expect(r.fields.client?.fullName).toBe('Иванов И.И.');
  });

  it('tolerates extra spaces, colons and letter case in labels', () => {
    const r = parse('  НОМЕР   ПОСТАНОВЛЕНИЯ ::  45 \n   дата постановления :14.11.2026');
    expect(r.fields.decree).toEqual({ number: '45', date: '2026-11-14' });
  });
});
