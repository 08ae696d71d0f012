/**
 * Paste-to-fill for appointments that came from Е-Заң көмегі (EZK): the advocate copies what
 * the EZK page or its notification shows and the intake form takes what it can recognise.
 *
 * We do not know the exact layout EZK uses, so this parser is forgiving: a labelled list in
 * Russian or Kazakh copied as "Label: value" lines, "Label<Tab>value" (a table row), or the
 * label on one line and the value on the next; plus a few shapes that need no label (a
 * 15-digit ЕРДР number, a valid IIN, «Постановление № 45 от 14.11.2026», «14.11.2026 ж. № 45
 * қаулы», a line that is exactly a procedural status, «ст. 188 ч. 2 УК»).
 *
 * It never throws and never guesses: a value it is not sure of (an invalid IIN, a status that
 * matches two statuses, two different values for one field) is left out, and the advocate
 * reviews everything before saving. Pure: no I/O, no clock.
 */
import type { AppointmentIntakeInput, CaseKind } from '../../contracts/entities/appointment';
import type { DefenceRegisterPack } from '../../rules/pack-schema';
import { datesIn } from '../dates/dates-in-text';
import { parseIin } from '../iin/iin';
import { cleanText, matchStatus, normalizeValue, statusForms } from './status-in-text';

export { datesIn };

/** What the paste recognised, in the shape of the intake input (only the recognised parts). */
export interface EzkPasteFields {
  ezkNumber?: string;
  decree?: Partial<AppointmentIntakeInput['decree']>;
  /** Follows from the status (every pack status belongs to one kind of proceedings). */
  caseKind?: CaseKind;
  caseNumber?: string;
  client?: Partial<AppointmentIntakeInput['client']>;
  statusId?: string;
  qualification?: string;
}

export type EzkField =
  | 'ezkNumber'
  | 'decree.number'
  | 'decree.date'
  | 'decree.body'
  | 'decree.official'
  | 'caseKind'
  | 'caseNumber'
  | 'client.fullName'
  | 'client.iin'
  | 'statusId'
  | 'qualification';

/** Field paths in the order the form shows them. */
export const ezkFieldOrder: readonly EzkField[] = [
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
];

export interface EzkPasteResult {
  fields: EzkPasteFields;
  /** Field paths recognised (and present in `fields`), in form order. */
  found: EzkField[];
  /** Lines (as pasted, trimmed) that were not understood or whose value was not valid. */
  unknown: string[];
  /** Field paths left empty because the text gave different values for them. */
  ambiguous: EzkField[];
}

// ── normalising ─────────────────────────────────────────────────────────────────────────

/** A label as compared: lower case, ё→е, Latin i→і, no dots, "№" spaced, no edge punctuation. */
function normalizeLabel(s: string): string {
  return cleanText(s)
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/i/g, 'і')
    .replace(/^(?:[-–—•*·▪●]+|\d{1,2}[.)])\s*/, '')
    .replace(/\./g, '')
    .replace(/№/g, ' № ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:;\-–—]+$/, '')
    .trim();
}

/** A value as stored: trimmed, without a leading "№" or edge punctuation. */
const tidy = (s: string) =>
  cleanText(s)
    .replace(/^(?:№\s*|(?:No\.?|N)\s*(?=\d))/u, '')
    .replace(/^[\s:;,–—-]+|[\s:;,–—]+$/g, '')
    .trim();

// ── labels ──────────────────────────────────────────────────────────────────────────────

type LabelKind = EzkField | 'decree';

/** Recognised labels (normalised, see normalizeLabel), whole-label matches. */
const LABELS: readonly (readonly [LabelKind, RegExp])[] = [
  // Official first: «ФИО должностного лица» must not read as the client's «ФИО».
  ['decree.official', /^(?:фио )?должностн(?:ое|ого) лиц[оа]$/],
  ['decree.official', /^(?:следователь|дознаватель|судья|тергеуші|анықтаушы)$/],
  ['decree.official', /^лауазымды адам(?:ның таә)?$/],
  ['decree.official', /^(?:фио )?(?:следователя|дознавателя|судьи)$/],
  ['decree.number', /^(?:номер|№) постановления(?: о назначении защитника)?$/],
  ['decree.number', /^постановление №$/],
  ['decree.number', /^қаулы(?:ның)? (?:нөмірі|№)$/],
  ['decree.number', /^қаулы №$/],
  ['decree.number', /^№ қаулы(?:ның)?$/],
  ['decree.date', /^дата (?:вынесения )?постановления$/],
  ['decree.date', /^постановление от$/],
  ['decree.date', /^қаулы(?:ның)? (?:шығарылған )?күні$/],
  ['decree', /^постановление(?: о назначении защитника)?$/],
  ['decree', /^(?:номер|№) и дата постановления$/],
  ['decree', /^дата и (?:номер|№) постановления$/],
  ['decree', /^қаулы$/],
  ['decree', /^қаулының (?:нөмірі|№) (?:мен|және) күні$/],
  ['decree', /^қаулының күні (?:мен|және) (?:нөмірі|№)$/],
  ['decree.body', /^орган$/],
  [
    'decree.body',
    /^орган, (?:ведущий|ведущего) (?:уголовный |уголовное )?(?:процесс|производство)$/,
  ],
  ['decree.body', /^орган, вынесший постановление$/],
  ['decree.body', /^наименование органа(?:, ведущего (?:уголовный )?процесс)?$/],
  ['decree.body', /^(?:қылмыстық )?(?:іс|процесті) жүргізетін орган(?:ның атауы)?$/],
  ['decree.body', /^орган(?:ның)? атауы$/],
  ['decree.body', /^(?:суд|сот)$/],
  ['caseNumber', /^(?:№|номер) (?:уголовного )?дела(?: \(?ердр\)?)?$/],
  ['caseNumber', /^(?:№|номер) ердр$/],
  ['caseNumber', /^ердр(?: №)?$/],
  ['caseNumber', /^(?:қылмыстық )?іс(?:тің)? (?:нөмірі|№)$/],
  ['caseNumber', /^№ іс(?:тің)?$/],
  ['caseNumber', /^(?:№ )?сдтбт(?: №| нөмірі)?$/],
  ['ezkNumber', /^(?:номер|№) (?:заявки|запроса|поручения)$/],
  ['ezkNumber', /^(?:заявка|запрос) №$/],
  ['ezkNumber', /^өтінім(?:нің)? (?:нөмірі|№)$/],
  ['ezkNumber', /^(?:№ )?өтінім(?: №)?$/],
  ['client.fullName', /^фио(?: (?:подзащитного|лица|доверителя|клиента))?$/],
  ['client.fullName', /^(?:подзащитн(?:ый|ая|ого)|доверитель|лицо|клиент)(?: \(фио\))?$/],
  ['client.fullName', /^(?:қорғалушы(?:ның)?|сенім білдіруші(?:нің)?)(?: таә)?$/],
  ['client.fullName', /^таә$/],
  ['client.iin', /^(?:иин|жсн)(?: ?\/ ?(?:иин|жсн))?(?: (?:подзащитного|лица))?$/],
  ['client.iin', /^қорғалушының жсн$/],
  ['statusId', /^(?:процессуальн(?:ый|ое) )?(?:статус|положение)(?: лица| подзащитного)?$/],
  ['statusId', /^(?:процест(?:ік|і)|процессуалдық)? ?мәртебе(?:сі)?$/],
  ['qualification', /^квалификация(?: деяния)?$/],
  ['qualification', /^стать[яи](?: ук(?: рк)?)?$/],
  ['qualification', /^саралау(?:ы)?$/],
  ['qualification', /^(?:қк|ук рк|ук) бабы$/],
  ['qualification', /^бап(?:тар)?$/],
];

/** Labels that name a position: the official's field keeps it («Следователь Иванов И.И.»). */
const POSITION_LABELS = /^(?:следователь|дознаватель|судья|тергеуші|анықтаушы)$/;

function labelKind(label: string): LabelKind | null {
  const n = normalizeLabel(label);
  if (!n) return null;
  for (const [kind, re] of LABELS) if (re.test(n)) return kind;
  return null;
}

// ── shapes ──────────────────────────────────────────────────────────────────────────────

const ERDR = /(?<!\d)\d{15}(?!\d)/g;
const TWELVE = /(?<!\d)\d{12}(?!\d)/g;
const validIins = (text: string) =>
  [...text.matchAll(TWELVE)].map((m) => m[0]).filter((n) => parseIin(n).ok);

const DECREE_WORD = /постановлени|қаулы/iu;
/** "№ 45", "№45-А", "№ 2-1234/2026": the number after a "№" sign. */
const NUMBER_SIGN = /№\s*([\p{L}\p{N}][\p{L}\p{N}\-/]*)/gu;
/** A line that looks like an article of a code: «ст. 188 ч. 2 УК», «ҚК-нің 188-бабы». */
const QUALIFICATION =
  /(?:(?:^|[\s(])(?:ст\.|статья|статьи|статье)\s*\d+|\d+[\s-]*(?:бап|бабы|бабының))/iu;
const CODE = /(?:^|[^\p{L}])(?:ук|коап|упк|қк|әқбтк|қпк)(?:[^\p{L}]|$)/iu;

// ── the parser ──────────────────────────────────────────────────────────────────────────

interface Line {
  text: string;
  used: boolean;
  /** Understood as a field's line, but its value was not valid. */
  bad: boolean;
}

/**
 * Reads text copied from Е-Заң көмегі. Never throws; leaves out what it is not sure of.
 */
export function parseEzkText(text: string, pack: DefenceRegisterPack): EzkPasteResult {
  try {
    return parse(text, pack);
  } catch {
    return { fields: {}, found: [], unknown: [], ambiguous: [] };
  }
}

function parse(text: string, pack: DefenceRegisterPack): EzkPasteResult {
  const lines: Line[] = String(text ?? '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => ({ text: cleanText(l.replace(/\t+/g, '\t')), used: false, bad: false }))
    .filter((l) => l.text.replace(/\t/g, '').trim() !== '');
  const forms = statusForms(pack);

  /** Values per field: labelled ones win over shapes. */
  const labelled = new Map<EzkField, Set<string>>();
  const shaped = new Map<EzkField, Set<string>>();
  const put = (map: Map<EzkField, Set<string>>, field: EzkField, value: string) => {
    if (!value) return;
    const set = map.get(field) ?? new Set<string>();
    set.add(value);
    map.set(field, set);
  };

  /** Takes a labelled value; false when it is not valid for the field. */
  const take = (kind: LabelKind, rawLabel: string, rawValue: string): boolean => {
    const value = tidy(rawValue.replace(/\t/g, ' '));
    if (!value) return false;
    switch (kind) {
      case 'decree': {
        const dates = datesIn(value);
        const numbers = [...value.matchAll(NUMBER_SIGN)].map((m) => m[1]!);
        let ok = false;
        if (dates.length === 1) {
          put(labelled, 'decree.date', dates[0]!);
          ok = true;
        }
        if (numbers.length === 1) {
          put(labelled, 'decree.number', tidy(numbers[0]!));
          ok = true;
        } else if (numbers.length === 0) {
          // «45 от 14.11.2026»: the number before «от».
          const m = /^([\p{L}\p{N}][\p{L}\p{N}\-/]*)\s+(?:от|ж\.|жылғы)\s/u.exec(value);
          if (m && !/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(m[1]!)) {
            put(labelled, 'decree.number', m[1]!);
            ok = true;
          }
        }
        return ok;
      }
      case 'decree.date': {
        const dates = datesIn(value);
        if (dates.length !== 1) return false;
        put(labelled, 'decree.date', dates[0]!);
        return true;
      }
      case 'decree.number': {
        // «45 от 14.11.2026» under «Номер постановления»: the number only.
        const signed = [...value.matchAll(NUMBER_SIGN)].map((m) => m[1]!);
        const number =
          signed.length === 1 ? signed[0]! : tidy(value.split(/\s+(?:от|ж\.|жылғы)\s/u)[0]!);
        if (!number || number.length > 60 || datesIn(number).length > 0) return false;
        const dates = datesIn(value);
        if (dates.length === 1 && number !== value) put(labelled, 'decree.date', dates[0]!);
        put(labelled, 'decree.number', number);
        return true;
      }
      case 'decree.official': {
        const position = cleanText(rawLabel).replace(/[\s:;\-–—]+$/, '');
        const official =
          POSITION_LABELS.test(normalizeLabel(rawLabel)) &&
          !normalizeValue(value).startsWith(normalizeLabel(rawLabel))
            ? `${position} ${value}`
            : value;
        put(labelled, 'decree.official', official);
        return true;
      }
      case 'client.fullName': {
        // «Әлиев Нұрлан Қайратұлы, ИИН 850312300123»: the IIN goes to its field.
        const iins = validIins(value);
        if (iins.length === 1) put(labelled, 'client.iin', iins[0]!);
        const name = tidy(
          value.replace(/[,;(]?\s*(?:иин|жсн)?\s*:?\s*(?<!\d)\d{12}(?!\d)\)?/giu, ''),
        );
        if (!name || /\d{5,}/.test(name)) return iins.length === 1;
        put(labelled, 'client.fullName', name);
        return true;
      }
      case 'client.iin': {
        const digits = value.replace(/[\s-]/g, '');
        if (!/^\d{12}$/.test(digits) || !parseIin(digits).ok) return false;
        put(labelled, 'client.iin', digits);
        return true;
      }
      case 'statusId': {
        const id = matchStatus(value, forms, false);
        if (id === 'ambiguous') {
          put(labelled, 'statusId', '\u0000ambiguous');
          return true;
        }
        if (!id) return false;
        put(labelled, 'statusId', id);
        return true;
      }
      case 'caseNumber':
        put(labelled, 'caseNumber', value);
        return true;
      default:
        put(labelled, kind, value);
        return true;
    }
  };

  // 1. Labelled lines: "Label: value", "Label<Tab>value", "Label  value", "Label\nvalue".
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const split = splitLabelled(line.text);
    if (split) {
      line.used = true;
      if (split.value) line.bad = !take(split.kind, split.label, split.value);
      else {
        // The value is on the next line, unless that line is a label of its own.
        const next = lines[i + 1];
        if (next && !splitLabelled(next.text) && !labelKind(next.text)) {
          next.used = true;
          const ok = take(split.kind, split.label, next.text);
          line.bad = !ok;
          next.bad = !ok;
          i++;
        }
      }
    }
  }

  // 2. Shapes in lines that carried no label.
  for (const line of lines) {
    if (line.used) continue;
    const t = line.text.replace(/\t/g, ' ');
    if (DECREE_WORD.test(t) && t.includes('№')) {
      const numbers = [...t.matchAll(NUMBER_SIGN)].map((m) => m[1]!).filter((n) => !ERDR_ONLY(n));
      const dates = datesIn(t);
      if (numbers.length === 1) put(shaped, 'decree.number', numbers[0]!);
      if (dates.length === 1) put(shaped, 'decree.date', dates[0]!);
      if (numbers.length === 1 || dates.length === 1) line.used = true;
    }
    const erdrs = [...t.matchAll(ERDR)].map((m) => m[0]);
    erdrs.forEach((n) => put(shaped, 'caseNumber', n));
    const iins = validIins(t);
    iins.forEach((n) => put(shaped, 'client.iin', n));
    if (erdrs.length || iins.length) line.used = true;
    if (!line.used) {
      const status = matchStatus(t, forms, true);
      if (status && status !== 'ambiguous') {
        put(shaped, 'statusId', status);
        line.used = true;
      }
    }
    if (!line.used && QUALIFICATION.test(t) && CODE.test(t) && t.length <= 300) {
      put(shaped, 'qualification', tidy(t));
      line.used = true;
    }
  }

  // 3. One value per field, or none.
  const fields: EzkPasteFields = {};
  const found: EzkField[] = [];
  const ambiguous: EzkField[] = [];
  for (const field of ezkFieldOrder) {
    const values = labelled.get(field) ?? shaped.get(field);
    if (!values || values.size === 0) continue;
    const value = values.size === 1 ? [...values][0]! : null;
    if (value === null || value === '\u0000ambiguous') {
      ambiguous.push(field);
      continue;
    }
    setField(fields, field, value);
    found.push(field);
  }
  const status = pack.statuses.find((s) => s.id === fields.statusId);
  if (status && status.caseKinds.length === 1) {
    fields.caseKind = status.caseKinds[0]!;
    found.push('caseKind');
    found.sort((a, b) => ezkFieldOrder.indexOf(a) - ezkFieldOrder.indexOf(b));
  }
  const unknown = lines.filter((l) => !l.used || l.bad).map((l) => l.text.replace(/\t/g, ' '));
  return { fields, found, unknown, ambiguous };
}

const ERDR_ONLY = (s: string) => /^\d{15}$/.test(s);

/** "Label: value" etc. when the label is one we know; the value may be empty (next line). */
function splitLabelled(text: string): { kind: LabelKind; label: string; value: string } | null {
  const candidates: [string, string][] = [];
  const tab = text.indexOf('\t');
  if (tab >= 0) candidates.push([text.slice(0, tab), text.slice(tab + 1)]);
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1))
    candidates.push([text.slice(0, at), text.slice(at + 1)]);
  const spaces = /\s{2,}|\s[–—-]\s/.exec(text);
  if (spaces)
    candidates.push([text.slice(0, spaces.index), text.slice(spaces.index + spaces[0].length)]);
  candidates.push([text, '']);
  for (const [label, value] of candidates) {
    const kind = labelKind(label);
    if (kind) return { kind, label: cleanText(label), value: value.trim() };
  }
  return null;
}

function setField(fields: EzkPasteFields, field: EzkField, value: string): void {
  switch (field) {
    case 'decree.number':
    case 'decree.date':
    case 'decree.body':
    case 'decree.official': {
      const key = field.slice('decree.'.length) as keyof NonNullable<EzkPasteFields['decree']>;
      fields.decree = { ...fields.decree, [key]: value };
      return;
    }
    case 'client.fullName':
      fields.client = { ...fields.client, fullName: value };
      return;
    case 'client.iin':
      fields.client = { ...fields.client, iin: value };
      return;
    case 'caseKind':
      return;
    default:
      fields[field] = value;
  }
}
