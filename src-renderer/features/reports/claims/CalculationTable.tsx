import { Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconScissors } from '@tabler/icons-react';
import type { FeeCalculation, FeeLine } from '../../../../src-shared/domain/fees/types';
import { formatDate } from '../../../../src-shared/i18n/format';
import { formatMoney } from '../../../../src-shared/i18n/money';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { FeeDocLabels } from '../../../documents/fee-doc-input';
import { useTranslation, type TFunction } from '../../../i18n/translate';
import { decimalText, langOf, lineActivity, named } from './claim-labels';

/** "160 min over the daily cap are not paid" — why fewer minutes are paid than worked. */
function capText(line: FeeLine, t: TFunction): string {
  const c = line.cappedBy ?? {};
  return [
    c.perPerson ? t('fees.claims.calc.capPerPerson', { minutes: c.perPerson }) : '',
    c.perDay ? t('fees.claims.calc.capPerDay', { minutes: c.perDay }) : '',
  ]
    .filter(Boolean)
    .join('; ');
}

function PaidCell({ line }: { line: FeeLine }) {
  const { t } = useTranslation();
  if (!line.cappedBy) return <>{line.paidMinutes}</>;
  return (
    <Tooltip label={capText(line, t)} multiline w={260}>
      <Group gap={4} wrap="nowrap" tabIndex={0} aria-label={capText(line, t)}>
        <span>{line.paidMinutes}</span>
        <Badge
          size="xs"
          color="#9a3412"
          variant="filled"
          tt="none"
          leftSection={<IconScissors size={10} aria-hidden />}
          data-testid="cap-mark"
        >
          {t('fees.claims.calc.capped')}
        </Badge>
      </Group>
    </Tooltip>
  );
}

/** Each part paid at one factor: "160 × 1,5 · night". */
function FactorCell({
  line,
  labels,
  locale,
}: {
  line: FeeLine;
  labels: FeeDocLabels;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const lang = langOf(locale);
  if (line.kind === 'expense') return null;
  if (line.parts.length === 0) {
    // Priced, but the caps left nothing to pay: the paid column's mark says why.
    if (line.tierId) return null;
    const unpaidTravel = line.kind === 'travel' && line.tariffPack !== null;
    return (
      <Text size="xs" c={unpaidTravel ? 'dimmed' : 'red.9'}>
        {unpaidTravel ? t('fees.claims.calc.travelUnpaid') : t('fees.claims.calc.notPriced')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {line.parts.map((p, i) => (
        <Text size="xs" key={i}>
          {line.parts.length > 1 ? `${p.minutes} × ` : '×'}
          {decimalText(p.factor, locale)}
          {p.factorItemIds.length > 0 &&
            ` · ${p.factorItemIds.map((id) => named(labels.factors, id, lang)).join(', ')}`}
        </Text>
      ))}
    </Stack>
  );
}

function RateCell({
  line,
  labels,
  locale,
}: {
  line: FeeLine;
  labels: FeeDocLabels;
  locale: Locale;
}) {
  const { t } = useTranslation();
  if (!line.tierId) return null;
  return (
    <Text size="xs">
      {t('fees.claims.calc.rate', {
        tier: named(labels.tiers, line.tierId, langOf(locale)),
        rate: decimalText(line.rateMrp, locale),
      })}
    </Text>
  );
}

/**
 * The calculation's lines as the engine priced them, each worked minute to its paid amount, so
 * the advocate can check any line by hand (minutes × rate × factor × МРП).
 */
export function CalculationTable({
  calculation,
  labels,
  locale,
}: {
  calculation: FeeCalculation;
  labels: FeeDocLabels;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const money = (tiyn: number) => formatMoney(tiyn, locale);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder striped fz="sm" data-testid="claim-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fees.claims.calc.columns.date')}</Table.Th>
            <Table.Th>{t('fees.claims.calc.columns.time')}</Table.Th>
            <Table.Th>{t('fees.claims.calc.columns.activity')}</Table.Th>
            <Table.Th ta="right">{t('fees.claims.calc.columns.minutes')}</Table.Th>
            <Table.Th ta="right">{t('fees.claims.calc.columns.paid')}</Table.Th>
            <Table.Th>{t('fees.claims.calc.columns.rate')}</Table.Th>
            <Table.Th>{t('fees.claims.calc.columns.factor')}</Table.Th>
            <Table.Th ta="right">{t('fees.claims.calc.columns.mrp')}</Table.Th>
            <Table.Th ta="right">{t('fees.claims.calc.columns.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calculation.lines.map((line) => (
            <Table.Tr key={line.ref} data-testid="claim-line" data-kind={line.kind}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(line.date, locale)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {line.startedAt ? `${line.startedAt}–${line.endedAt}` : ''}
              </Table.Td>
              <Table.Td>{lineActivity(line, labels, locale, t)}</Table.Td>
              <Table.Td ta="right">{line.kind === 'expense' ? '' : line.minutes}</Table.Td>
              <Table.Td ta="right">
                {line.kind === 'expense' ? '' : <PaidCell line={line} />}
              </Table.Td>
              <Table.Td>
                <RateCell line={line} labels={labels} locale={locale} />
              </Table.Td>
              <Table.Td>
                <FactorCell line={line} labels={labels} locale={locale} />
              </Table.Td>
              <Table.Td ta="right">{line.mrp ? money(line.mrp.amount * 100) : ''}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(line.amountTiyn)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
