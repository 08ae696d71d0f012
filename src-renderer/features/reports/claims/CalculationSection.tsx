import { Alert, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { FeeCalculation } from '../../../../src-shared/domain/fees/types';
import { amountInWords } from '../../../../src-shared/i18n/amount-in-words';
import { formatDate } from '../../../../src-shared/i18n/format';
import { formatTenge } from '../../../../src-shared/i18n/money';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { RulePack } from '../../../../src-shared/rules/pack-schema';
import { UnverifiedBadge } from '../../../components/UnverifiedBadge';
import type { FeeDocLabels } from '../../../documents/fee-doc-input';
import { useTranslation } from '../../../i18n/translate';
import { CalculationTable } from './CalculationTable';
import { langOf } from './claim-labels';
import { CopyEzkButton } from './CopyEzkButton';

/** "Тарифтер v2, АЕК v1": the packs a calculation used, by their titles. */
function packsText(
  calc: FeeCalculation,
  all: readonly RulePack[],
  locale: Locale,
  t: ReturnType<typeof useTranslation>['t'],
) {
  const lang = langOf(locale);
  return calc.packs
    .map((ref) => {
      const p = all.find((x) => x.id === ref.id && x.version === ref.version);
      return t('fees.claims.calc.packRef', {
        title: p ? p.title[lang] : ref.id,
        version: ref.version,
      });
    })
    .join('; ');
}

/**
 * The claim's money: lines, totals in figures and in words, the packs used and how many of the
 * rules behind the amount are unverified. A draft is priced live; a claim made ready shows the
 * calculation frozen then, with the day and the packs it was made with.
 */
export function CalculationSection({
  calculation,
  frozenAt,
  labels,
  packs,
  locale,
}: {
  calculation: FeeCalculation;
  /** ISO timestamp the calculation was frozen (made ready); undefined while live. */
  frozenAt?: string | undefined;
  labels: FeeDocLabels;
  packs: readonly RulePack[];
  locale: Locale;
}) {
  const { t } = useTranslation();
  const lang = langOf(locale);
  const totals = calculation.totals;
  const unverified = calculation.unverifiedItemIds.length;
  const usedPacks = packsText(calculation, packs, locale, t);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="claim-calc"
      data-testid="claim-calc"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4" id="claim-calc">
              {t('fees.claims.calc.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {frozenAt
                ? t('fees.claims.calc.frozen', {
                    date: formatDate(frozenAt.slice(0, 10), locale),
                    packs: usedPacks || '—',
                  })
                : t('fees.claims.calc.live')}
            </Text>
          </div>
          {calculation.lines.length > 0 && (
            <CopyEzkButton calculation={calculation} labels={labels} locale={locale} />
          )}
        </Group>
        {calculation.lines.length === 0 ? (
          <Text size="sm">{t('fees.claims.calc.empty')}</Text>
        ) : (
          <CalculationTable calculation={calculation} labels={labels} locale={locale} />
        )}
        <Table variant="vertical" withTableBorder maw={560} data-testid="claim-totals">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={220}>{t('fees.claims.calc.fee')}</Table.Th>
              <Table.Td ta="right">{formatTenge(totals.feeTiyn, locale)}</Table.Td>
            </Table.Tr>
            {totals.expensesTiyn > 0 && (
              <Table.Tr>
                <Table.Th>{t('fees.claims.calc.expenses')}</Table.Th>
                <Table.Td ta="right">{formatTenge(totals.expensesTiyn, locale)}</Table.Td>
              </Table.Tr>
            )}
            <Table.Tr>
              <Table.Th>{t('fees.claims.calc.total')}</Table.Th>
              <Table.Td ta="right" fw={700} data-testid="claim-total">
                {formatTenge(totals.totalTiyn, locale)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="sm" data-testid="claim-total-words">
          {t('fees.claims.calc.inWords', { words: amountInWords(totals.totalTiyn, lang) })}
        </Text>
        {!frozenAt && usedPacks && (
          <Text size="xs" c="dimmed">
            {t('fees.claims.calc.pricedWith', { packs: usedPacks })}
          </Text>
        )}
        {unverified > 0 && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconInfoCircle size={18} aria-hidden />}
            data-testid="claim-unverified"
            // The light alert's own yellow title is too pale on its background (axe, AA).
            styles={{ title: { color: '#9a3412' } }}
            title={
              <Group gap="xs">
                <UnverifiedBadge note={t('fees.claims.calc.estimateNote')} />
                <span>{t('fees.claims.calc.unverifiedCount', { count: unverified })}</span>
              </Group>
            }
          >
            <Text size="sm">{t('fees.claims.calc.estimateNote')}</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
