/**
 * The tables the monthly report screen is made of: label–value figures (sub-rows indented under
 * the row before), counts by a pack's ids in the pack's order, and the defence figures by case
 * kind, stage and settlement. Names of ids come from the rule packs (`ReportLabels`); an id no
 * pack knows any more is shown as it is, never dropped.
 */
import { Table, Text } from '@mantine/core';
import type { CountRow, DefenceFigures } from '../../../src-shared/domain/reports/monthly-report';
import type { Locale } from '../../../src-shared/i18n/locales';
import type { Localized } from '../../../src-shared/rules/pack-schema';
import type { TFunction } from '../../i18n/translate';
import { durationText } from './report-format';
import { inPackOrder } from './report-labels';

export interface FigureRow {
  label: string;
  value: string;
  sub?: boolean;
  bold?: boolean;
}

/** A pack's name for the id in the interface language (kk for en), or the id marked unknown. */
export function packName(
  labels: Record<string, Localized>,
  id: string,
  locale: Locale,
  t: TFunction,
): string {
  return labels[id]?.[locale === 'ru' ? 'ru' : 'kk'] ?? t('fees.report.tables.notInPacks', { id });
}

export function FigureTable({ rows, testId }: { rows: FigureRow[]; testId?: string }) {
  return (
    <Table withTableBorder striped maw={860} data-testid={testId}>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.label}>
            <Table.Th scope="row" fw={r.bold ? 700 : 400} pl={r.sub ? 32 : undefined}>
              {r.label}
            </Table.Th>
            <Table.Td ta="right" fw={r.bold ? 700 : 400} w={340} data-testid="figure-value">
              {r.value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Counts by a pack's ids, in the pack's order ("none" last). */
export function CountTable({
  caption,
  column,
  rows,
  labels,
  noneLabel,
  locale,
  t,
}: {
  caption: string;
  column: string;
  rows: CountRow[];
  labels: Record<string, Localized>;
  noneLabel: string;
  locale: Locale;
  t: TFunction;
}) {
  return (
    <Table withTableBorder maw={760} captionSide="top">
      <Table.Caption ta="left" fw={600} c="var(--mantine-color-text)">
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{column}</Table.Th>
          <Table.Th ta="right" w={120}>
            {t('fees.report.tables.count')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={2}>
              <Text size="sm" c="dimmed">
                {t('fees.report.tables.none')}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {inPackOrder(rows, labels).map((r) => (
          <Table.Tr key={r.id ?? '—'}>
            <Table.Td>{r.id === null ? noneLabel : packName(labels, r.id, locale, t)}</Table.Td>
            <Table.Td ta="right">{r.count}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const COLUMNS = ['received', 'accepted', 'completed', 'inProgress', 'work'] as const;

/** The defence figures in groups (by case kind, stage, settlement), each adding up to the total. */
export function DefenceTable({
  groups,
  total,
  t,
}: {
  groups: { title: string; rows: { key: string; label: string; f: DefenceFigures }[] }[];
  total: DefenceFigures;
  t: TFunction;
}) {
  const cells = (f: DefenceFigures) =>
    [f.received, f.accepted, f.completed, f.inProgressAtEnd]
      .map(String)
      .concat(durationText(t, f.workMinutes));
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder data-testid="defence-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {COLUMNS.map((k) => (
              <Table.Th key={k} ta="right">
                {t(`fees.report.columns.${k}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        {groups.map((g) => (
          <Table.Tbody key={g.title}>
            <Table.Tr bg="var(--mantine-color-gray-0)">
              <Table.Th colSpan={COLUMNS.length + 1} scope="rowgroup">
                {g.title}
              </Table.Th>
            </Table.Tr>
            {g.rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td pl={24}>{r.label}</Table.Td>
                {cells(r.f).map((v, i) => (
                  <Table.Td key={COLUMNS[i]} ta="right">
                    {v}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        ))}
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('fees.report.tables.total')}</Table.Th>
            {cells(total).map((v, i) => (
              <Table.Th key={COLUMNS[i]} ta="right">
                {v}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
