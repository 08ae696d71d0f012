/**
 * Names on the claim screens in the reader's language: pack items (actions, tiers, categories,
 * surcharges, basis documents, expense types) and the issue texts built from them. The packs
 * carry Kazakh and Russian; the English interface (for maintainers) shows the Kazakh names.
 */
import type { FeeLine } from '../../../../src-shared/domain/fees/types';
import type { ClaimIssue } from '../../../../src-shared/domain/fees/validate-types';
import {
  issueMessage,
  type IssueLabelKind,
  type IssueTextTools,
} from '../../../../src-shared/domain/fees/issue-text';
import { formatDate, formatNumber } from '../../../../src-shared/i18n/format';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { Localized } from '../../../../src-shared/rules/pack-base';
import type { DefenceRegisterPack, RulePack } from '../../../../src-shared/rules/pack-schema';
import { packInForce } from '../../../../src-shared/rules/select-pack';
import type { TariffPack } from '../../../../src-shared/rules/tariff-pack-schema';
import { feeDocLabels, type FeeDocLabels } from '../../../documents/fee-doc-input';
import type { TFunction } from '../../../i18n/translate';

export type Lang = 'kk' | 'ru';
export const langOf = (locale: Locale): Lang => (locale === 'ru' ? 'ru' : 'kk');

/** The defence-register pack for action and stage names: in force on `date`, else any. */
export function defencePackOf(all: readonly RulePack[], date: string): DefenceRegisterPack | null {
  return (
    packInForce(all, 'defence-register', date) ??
    all.find((p): p is DefenceRegisterPack => p.kind === 'defence-register') ??
    null
  );
}

/** Pack labels of every installed tariff pack (later editions win) and of the defence pack. */
export function claimLabels(all: readonly RulePack[], date: string): FeeDocLabels {
  const tariffs = all.filter((p): p is TariffPack => p.kind === 'tariff');
  return feeDocLabels(tariffs, defencePackOf(all, date) ?? { actions: [] });
}

/** A pack item's name in the language, or its id when no pack knows it. */
export const named = (map: Readonly<Record<string, Localized>>, id: string | null, lang: Lang) =>
  (id && map[id]?.[lang]) || id || '';

/** "2,2" as the language writes decimals. */
export const decimalText = (n: number, locale: Locale) => formatNumber(n, locale);

/** What a calculation line is: the action, "Consultation № 7/2026", the expense type. */
export function lineActivity(line: FeeLine, labels: FeeDocLabels, locale: Locale, t: TFunction) {
  const lang = langOf(locale);
  switch (line.kind) {
    case 'consultation':
      return t('fees.claims.calc.consultation', { record: line.recordLabel });
    case 'expense':
      return named(labels.expenseTypes, line.activityId, lang);
    case 'travel':
      return t('fees.claims.calc.travel', { action: named(labels.actions, line.activityId, lang) });
    default:
      return named(labels.actions, line.activityId, lang);
  }
}

/** The tools issue-text.ts needs, in the reader's language. */
export function issueTools(t: TFunction, locale: Locale, labels: FeeDocLabels): IssueTextTools {
  const lang = langOf(locale);
  const maps: Record<IssueLabelKind, Readonly<Record<string, Localized>>> = {
    action: labels.actions,
    'expense-type': labels.expenseTypes,
    'basis-document': labels.basisDocuments,
    'fee-category': labels.categories,
  };
  return {
    t: (key, params) => t(key, params),
    date: (iso) => (iso ? formatDate(iso, locale) : ''),
    label: (kind, id) => named(maps[kind], id, lang),
  };
}

export function issueTextOf(issue: ClaimIssue, tools: IssueTextTools): string {
  return issueMessage(issue, tools);
}
