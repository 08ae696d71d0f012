import { describe, expect, it } from 'vitest';
import { en } from '../../../src-shared/i18n/en';
import { kk } from '../../../src-shared/i18n/kk';
import { ru } from '../../../src-shared/i18n/ru';
import {
  chainAuditEntry,
  GENESIS_HASH,
  type AuditContent,
  type StoredChainEntry,
} from '../../../src-shared/domain/audit/hash-chain';
import type { MessageKey, MessageVars } from '../../i18n/translate';
import {
  auditCheckMessage,
  checkAuditLog,
  localDateTime,
  translateLine,
  type AuditCheckMessage,
} from './audit-check-message';

/** Local wall-clock times, so the expected text does not depend on the machine's time zone. */
const at = (day: number, h: number, m: number) => new Date(2026, 10, day, h, m).toISOString();

const WRITTEN: Pick<AuditContent, 'entity' | 'action' | 'at'>[] = [
  { entity: 'profile', action: 'create', at: at(20, 9, 0) },
  { entity: 'consultation', action: 'create', at: at(21, 10, 15) },
  { entity: 'appointment', action: 'create', at: at(22, 11, 30) },
  { entity: 'consultation', action: 'correct', at: at(25, 14, 5) },
  { entity: 'feeClaim', action: 'update', at: at(26, 16, 45) },
];

/** The log as IndexedDB holds it (seq 1, 2, 3…). */
function log(n = WRITTEN.length): StoredChainEntry[] {
  const out: StoredChainEntry[] = [];
  for (let i = 0; i < n; i++) {
    const c: AuditContent = {
      id: `a${i}`,
      actor: 'adv-1',
      entityId: `r${i}`,
      fields: [],
      version: 1,
      ...WRITTEN[i]!,
    };
    out.push({ ...chainAuditEntry(c, out.at(-1)?.hash ?? GENESIS_HASH), seq: i + 1 });
  }
  return out;
}

const message = (
  entries: StoredChainEntry[],
  printed: string | null = null,
  locale = 'kk' as const,
) => auditCheckMessage(checkAuditLog(entries, printed), locale);

/** i18next-like lookup in one catalog; throws on a missing key or an unfilled placeholder. */
function catalogT(catalog: object) {
  return (key: MessageKey, vars?: MessageVars): string => {
    const text = key
      .split('.')
      .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], catalog);
    if (typeof text !== 'string') throw new Error(`missing key ${key}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const v = vars?.[name];
      if (v === undefined || v === null) throw new Error(`${key}: no value for ${name}`);
      return String(v);
    });
  };
}

function texts(m: AuditCheckMessage, catalog: object): string[] {
  const t = catalogT(catalog);
  return [m.headline, ...m.lines].map((l) => translateLine(t, l));
}

describe('audit check message: intact log', () => {
  it('says how many entries were checked and shows the head the monthly report prints', () => {
    const entries = log();
    const m = message(entries);
    expect(m).toEqual({
      tone: 'ok',
      headline: { key: 'settings.chainIntact', vars: { count: 5 } },
      lines: [{ key: 'settings.auditCheck.head', vars: { hash: entries[4]!.hash.slice(0, 16) } }],
      fullHead: entries[4]!.hash,
    });
  });

  it('an empty log has no head to show', () => {
    expect(message([])).toEqual({
      tone: 'ok',
      headline: { key: 'settings.chainIntact', vars: { count: 0 } },
      lines: [{ key: 'settings.auditCheck.empty' }],
    });
  });

  it('finds a printed head and says how many entries came after it', () => {
    const entries = log();
    const m = message(entries, entries[2]!.hash);
    expect(m.tone).toBe('ok');
    expect(m.lines.at(-1)).toEqual({
      key: 'settings.auditCheck.printedFound',
      vars: { number: 3, after: 2 },
    });
  });

  it('warns when the printed head is gone although the chain verifies (last entries removed)', () => {
    const entries = log();
    const printed = entries[4]!.hash.slice(0, 16);
    const m = message(entries.slice(0, 4), printed);
    expect(m.tone).toBe('warning');
    expect(m.headline).toEqual({ key: 'settings.chainIntact', vars: { count: 4 } });
    expect(m.lines.at(-1)).toEqual({
      key: 'settings.auditCheck.printedMissing',
      vars: { hash: printed },
    });
  });
});

describe('audit check message: broken log', () => {
  it('edited entry: its number, record, action and time; what is wrong; what is intact', () => {
    const entries = log();
    entries[3] = { ...entries[3]!, fields: ['clientName'] };
    expect(message(entries)).toEqual({
      tone: 'broken',
      headline: { key: 'settings.chainBroken', vars: { index: 4 } },
      lines: [
        {
          key: 'settings.auditCheck.entry',
          vars: {
            entity: { key: 'settings.auditCheck.entities.consultation' },
            action: { key: 'settings.auditCheck.actions.correct' },
            at: '25.11.2026 14:05',
          },
        },
        { key: 'settings.auditCheck.kind.edited' },
        { key: 'settings.auditCheck.intactBefore', vars: { count: 3 } },
      ],
    });
  });

  it('edited seal', () => {
    const entries = log();
    entries[1] = { ...entries[1]!, hash: '0'.repeat(63) + '1' };
    expect(message(entries).lines[1]).toEqual({ key: 'settings.auditCheck.kind.sealEdited' });
  });

  it('removed entries, by their numbers', () => {
    const one = log();
    one.splice(2, 1);
    const m1 = message(one);
    expect(m1.headline.vars).toEqual({ index: 4 });
    expect(m1.lines.slice(1)).toEqual([
      { key: 'settings.auditCheck.kind.removedOne', vars: { number: 3 } },
      { key: 'settings.auditCheck.intactBefore', vars: { count: 2 } },
    ]);

    const two = log();
    two.splice(1, 2);
    expect(message(two).lines[1]).toEqual({
      key: 'settings.auditCheck.kind.removedMany',
      vars: { from: 2, to: 3, count: 2 },
    });
  });

  it('the first entries removed: nothing before it to call intact', () => {
    const m = message(log().slice(1));
    expect(m.headline.vars).toEqual({ index: 2 });
    expect(m.lines.slice(1)).toEqual([
      { key: 'settings.auditCheck.kind.removedOne', vars: { number: 1 } },
    ]);
  });

  it('swapped order: names the entry it was written after', () => {
    const entries = log();
    const [b, c] = [entries[1]!, entries[2]!];
    entries[1] = { ...c, seq: 2 };
    entries[2] = { ...b, seq: 3 };
    const m = message(entries);
    expect(m.headline.vars).toEqual({ index: 2 });
    expect(m.lines[0]!.vars?.['entity']).toEqual({
      key: 'settings.auditCheck.entities.appointment',
    });
    expect(m.lines[1]).toEqual({ key: 'settings.auditCheck.kind.reordered', vars: { number: 3 } });
  });

  it('a rewritten and resealed entry is the one named', () => {
    const entries = log();
    const forged = chainAuditEntry(
      { id: 'a2', actor: 'adv-1', entityId: 'r2', fields: ['x'], version: 1, ...WRITTEN[2]! },
      entries[1]!.hash,
    );
    entries[2] = { ...forged, seq: 3 };
    const m = message(entries);
    expect(m.headline.vars).toEqual({ index: 3 });
    expect(m.lines[1]).toEqual({ key: 'settings.auditCheck.kind.replaced' });
  });

  it('an entry edited to name an unknown record or action still reads', () => {
    const entries = log(2);
    entries[1] = { ...entries[1]!, entity: 'secretThing', action: 'delete' as never };
    const vars = message(entries).lines[0]!.vars!;
    expect(vars['entity']).toEqual({ key: 'settings.auditCheck.entities.other' });
    expect(vars['action']).toEqual({ key: 'settings.auditCheck.actions.other' });
  });

  it('also reports a printed head after a break as not found', () => {
    const entries = log();
    const printed = entries[4]!.hash;
    entries[1] = { ...entries[1]!, actor: 'x' };
    expect(message(entries, printed).lines.at(-1)?.key).toBe('settings.auditCheck.printedMissing');
  });
});

describe('the message in words', () => {
  it.each([
    ['kk', kk],
    ['ru', ru],
    ['en', en],
  ] as const)('every line resolves in %s with every placeholder filled', (_lang, catalog) => {
    const entries = log();
    const cases = [
      message(entries, entries[1]!.hash),
      message(entries.slice(0, 3), entries[4]!.hash),
      message([]),
    ];
    const broken = log();
    broken.splice(1, 2);
    cases.push(message(broken, 'ab'.repeat(8)));
    for (const m of cases) for (const line of texts(m, catalog)) expect(line).not.toMatch(/\{\{/);
  });

  it('reads as a sentence in Kazakh', () => {
    const entries = log();
    entries[3] = { ...entries[3]!, actor: 'someone' };
    expect(texts(message(entries), kk).slice(0, 2)).toEqual([
      'Аудит журналы № 4 жазбада бұзылған',
      'Жазба: кеңес, түзетілді, 25.11.2026 14:05 (қазіргі күйінде).',
    ]);
  });
});

describe('localDateTime', () => {
  it('prints the local date and time as the reports do', () => {
    expect(localDateTime(at(5, 8, 7), 'ru')).toBe('05.11.2026 08:07');
    expect(localDateTime(at(5, 8, 7), 'en')).toBe('05/11/2026 08:07');
    expect(localDateTime('not a date', 'kk')).toBe('not a date');
  });
});
