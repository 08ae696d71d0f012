/**
 * Issues as messages, rendered through the real kk/ru/en catalogs with the shipped packs'
 * labels: every message the validators can give reads with every placeholder filled, dates
 * formatted and pack items named.
 */
import { describe, expect, it } from 'vitest';
import { feesEn } from '../../i18n/fees/en';
import { feesKk } from '../../i18n/fees/kk';
import { feesRu } from '../../i18n/fees/ru';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { packInForce } from '../../rules/select-pack';
import { loadShippedPacks } from '../../rules/shipped-packs';
import { issueMessage, issueText, type IssueTextTools } from './issue-text';
import { validateClaim } from './validate';
import type { ClaimCheckContext, ClaimIssue } from './validate-types';
import * as f from './validate.fixture';

const register = packInForce(loadShippedPacks(), 'defence-register', '2026-11-01')!;
const catalogs = { en: feesEn, kk: feesKk, ru: feesRu };

function tools(locale: Locale, used?: Set<string>): IssueTextTools {
  const lang = locale === 'kk' ? 'kk' : 'ru';
  return {
    t: (key, params = {}) => {
      used?.add(key);
      const text = key
        .split('.')
        .slice(1)
        .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], catalogs[locale]);
      if (typeof text !== 'string') throw new Error(`no message ${key} in ${locale}`);
      return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
        if (params[name] === undefined) throw new Error(`${locale}:${key} lacks {{${name}}}`);
        return String(params[name]);
      });
    },
    date: (iso) => formatDate(iso, locale),
    label: (kind, id) => {
      const items =
        kind === 'action'
          ? register.actions
          : kind === 'expense-type'
            ? f.tariff.expenseTypes
            : kind === 'basis-document'
              ? f.tariff.basisDocuments
              : f.tariff.feeCategories;
      return items.find((i) => i.id === id)?.label[lang] ?? id;
    },
  };
}

describe('issueMessage', () => {
  it("names the consultation and the appointment's work it overlaps (the brief's example)", () => {
    const ctx = f.consultationContext({
      consultations: [f.consultation('c7', { startedAt: '10:15', endedAt: '10:45' })],
      claim: { ...f.consultationContext().claim, consultationIds: ['c7'] },
      otherWork: [
        {
          ref: 'work:a1:w1',
          recordLabel: '12/2026',
          date: '2026-11-03',
          startedAt: '10:00',
          endedAt: '11:30',
        },
      ],
    });
    const [overlap] = validateClaim(ctx);
    const ru = issueMessage(overlap!, tools('ru'));
    expect(ru).toMatch(
      /^Консультация № 7\/2026 от 03\.11\.2026: время пересекается с действием по назначению № 12\/2026/,
    );
    expect(ru).toContain('10:00–11:30');
    const kk = issueMessage(overlap!, tools('kk'));
    expect(kk).toMatch(
      /^03\.11\.2026 күнгі № 7\/2026 консультация: уақыты № 12\/2026 тағайындау бойынша әрекетпен/,
    );
  });

  it('names a work entry by its action in the language of the interface, never by its id', () => {
    const ctx = f.defenceContext({
      otherClaims: [{ id: 'k', label: '3/2026', state: 'submitted', refs: ['work:a1:w1'] }],
    });
    const [dup] = validateClaim(ctx);
    expect(issueMessage(dup!, tools('ru'))).toBe(
      'Назначение № 12/2026, «Допрос», 03.11.2026 10:00–11:30: уже включено в заявление № 3/2026 (подано) — одна и та же работа дважды не оплачивается',
    );
    expect(issueMessage(dup!, tools('kk'))).toContain('«Жауап алу»');
  });

  it('picks the message without the cap when the cap is unknown, and the claim-level one without an entry', () => {
    const capped: ClaimIssue = {
      code: 'over-cap-day',
      severity: 'warning',
      ref: 'work:a1:w1',
      params: { minutes: 5, date: '2026-11-03' },
    };
    expect(issueText(capped, tools('ru')).key).toBe('fees.issues.over-cap-day-no-cap');
    expect(issueText({ ...capped, params: { ...capped.params, cap: 480 } }, tools('ru')).key).toBe(
      'fees.issues.over-cap-day',
    );
    const pack: ClaimIssue = {
      code: 'no-tariff-pack',
      severity: 'error',
      params: { on: '2020-01-01' },
    };
    expect(issueMessage(pack, tools('ru'))).toMatch(/^На 01\.01\.2020 нет действующего пакета/);
  });
});

/** Claims with every mistake the validators know, to render everything they can say. */
function brokenContexts(): ClaimCheckContext[] {
  const basis = (patch: Partial<ClaimCheckContext['claim']['basisDocument']>) =>
    f.claimFields({ basisDocument: { ...f.claimFields().basisDocument, ...patch } });
  const appt = f.appointment({ endDate: '2026-11-04' });
  appt.work[0]!.withdrawn = { at: '2026-11-04T09:00', reason: 'ошибка' };
  appt.work.push(
    f.workItem('w3', { date: '2026-10-29' }),
    f.workItem('w4', { date: '2026-11-02' }),
    f.workItem('w5', { date: '2026-11-02' }),
    f.workItem('w6', {
      date: '2026-11-02',
      actionId: 'action.waiting',
      startedAt: '11:00',
      endedAt: '12:00',
    }),
  );
  const lines = appt.work
    .slice(1)
    .map((w, i) => f.workLine(appt, w, i === 0 ? { cappedBy: { perDay: 20 } } : {}));
  lines.push(
    f.line(
      'travel:a1:w4',
      { ...lines[2]!, minutes: 20 },
      { cappedBy: { perDay: 3 }, tariffPack: null },
    ),
  );
  const c = [
    f.consultation('c7', { status: 'refused' }),
    f.consultation('c8', { date: '2026-12-01' }),
    f.consultation('c9', { date: '2026-11-20' }),
    f.consultation('c10', { date: '2026-11-20', personKey: 'person-c9' }),
  ];
  return [
    f.defenceContext({ claim: basis({ typeId: '', number: '', date: '' }) }),
    ...[
      'basis.nonsense',
      'basis.consultation-act',
      'basis.civil-court-ruling',
      'basis.criminal-court-decree',
    ].map((typeId) => f.defenceContext({ claim: basis({ typeId }) })),
    f.defenceContext({ tariff: null }),
    f.defenceContext({ claim: f.claimFields({ workItemIds: [] }) }),
    f.defenceContext({
      appointment: appt,
      claim: f.claimFields({
        workItemIds: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w6', 'w9'],
        expenses: [
          {
            id: 'x1',
            typeId: 'expense.transport',
            date: '2026-11-05',
            description: '',
            amountTiyn: 100,
          },
        ],
      }),
      calculation: f.calculation(lines, [
        { code: 'no-tariff-pack', ref: 'work:a1:w2', date: '2026-11-05' },
        { code: 'no-mrp', ref: 'work:a1:w2', date: '2026-11-05' },
        {
          code: 'category-needed',
          ref: 'work:a1:w2',
          candidates: ['fee.criminal.minor', 'fee.criminal.grave-medium'],
        },
        { code: 'category-not-applicable', ref: 'work:a1:w2', categoryId: 'fee.admin-offence' },
        { code: 'unknown-expense-type', ref: 'expense:x1', typeId: 'expense.boat' },
      ]),
      otherClaims: [{ id: 'k', label: '3/2026', state: 'partly-paid', refs: ['work:a1:w2'] }],
      otherWork: [
        {
          ref: 'work:a2:w1',
          recordLabel: '14/2026',
          date: '2026-11-05',
          startedAt: '15:00',
          endedAt: '15:30',
        },
      ],
      filingDate: '2027-01-15',
    }),
    f.consultationContext({
      consultations: c,
      claim: {
        ...f.consultationContext().claim,
        consultationIds: ['c7', 'c8', 'c9', 'c10', 'c11'],
      },
      calculation: f.calculation([
        f.consultationLine(c[2]!, { cappedBy: { perPerson: 15 } }),
        f.consultationLine(c[3]!, { cappedBy: { perPerson: 40 }, tariffPack: null }),
      ]),
    }),
  ];
}

describe('every message', () => {
  const issues = brokenContexts().flatMap(validateClaim);

  it.each(['en', 'kk', 'ru'] as const)(
    'renders in %s with placeholders filled, dates formatted and pack items named',
    (locale) => {
      const used = new Set<string>();
      for (const issue of issues) {
        const text = issueMessage(issue, tools(locale, used));
        expect(text, issue.code).not.toMatch(
          /\d{4}-\d{2}-\d{2}|undefined|\{\{|action\.|expense\.transport|fee\.criminal|basis\.(?!nonsense)/,
        );
      }
      // Every message of the catalog was said at least once: none is dead, none is misnamed.
      const messages = Object.entries(feesEn.issues)
        .filter(
          ([k, v]) =>
            typeof v === 'string' && !['title', 'none', 'error', 'warning', 'blocking'].includes(k),
        )
        .map(([k]) => `fees.issues.${k}`);
      expect(messages.filter((k) => !used.has(k))).toEqual([]);
    },
  );
});
