import { Box, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import type { WorkingCalendar } from '../../../src-shared/domain/calendar/working-days';
import { formatDate } from '../../../src-shared/i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { chartTopHours, type DayHours } from './day-hours';
import { durationText, monthInText } from './report-format';

/** Colours that tell apart for colour-blind eyes too, each ≥ 3:1 on white (graphics contrast). */
const COLORS = {
  consultation: 'var(--mantine-color-blue-8)',
  defence: 'var(--mantine-color-orange-8)',
  dayOff: 'var(--mantine-color-gray-2)',
  grid: 'var(--mantine-color-gray-3)',
  text: 'var(--mantine-color-gray-7)',
};
const AXIS = 44;
const SLOT = 24;
const BAR = 16;
const HEIGHT = 170;
const TOP = 10;
const LABELS = 20;

/**
 * Hours per day of the month as a stacked bar chart — consultations below, defence and
 * representation above — drawn as inline SVG (no chart library). Days off (the calendar pack's)
 * are shaded. Screen readers get the summary as the image's name and the figures as a table.
 */
export function HoursChart({
  month,
  days,
  calendar,
}: {
  month: string;
  days: readonly DayHours[];
  calendar: WorkingCalendar | null;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const titleId = useId();
  const top = chartTopHours(days);
  const plot = HEIGHT - TOP - LABELS;
  const y = (minutes: number) => (minutes / (top * 60)) * plot;
  const width = AXIS + days.length * SLOT + 8;
  const worked = days.filter((d) => d.consultationMinutes + d.defenceMinutes > 0);
  const total = (k: 'consultationMinutes' | 'defenceMinutes') => days.reduce((s, d) => s + d[k], 0);
  const summary =
    worked.length === 0
      ? t('fees.dashboard.chart.empty', { month: monthInText(month, locale) })
      : t('fees.dashboard.chart.summary', {
          month: monthInText(month, locale),
          consultations: durationText(t, total('consultationMinutes')),
          defence: durationText(t, total('defenceMinutes')),
          days: worked.length,
        });
  const ticks = Array.from({ length: top / 2 + 1 }, (_, i) => i * 2);
  const dayOff = (date: string) => (calendar ? !calendar.isWorkingDay(date) : false);
  const legend = (color: string, label: string) => (
    <Group gap={6} wrap="nowrap">
      <Box
        w={14}
        h={14}
        bg={color}
        style={{ borderRadius: 3, border: '1px solid var(--mantine-color-gray-5)' }}
        aria-hidden
      />
      <Text size="sm">{label}</Text>
    </Group>
  );
  return (
    <Paper withBorder p="md" data-testid="hours-chart">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Title order={3} size="h4">
          {t('fees.dashboard.chart.title')}
        </Title>
        <Group gap="md">
          {legend(COLORS.consultation, t('fees.dashboard.chart.consultations'))}
          {legend(COLORS.defence, t('fees.dashboard.chart.defence'))}
          {calendar && legend(COLORS.dayOff, t('fees.dashboard.chart.dayOff'))}
        </Group>
      </Group>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: width * 1.4, display: 'block' }}
        role="img"
        aria-labelledby={titleId}
        data-testid="hours-chart-svg"
      >
        <title id={titleId}>{summary}</title>
        {days.map((d, i) =>
          dayOff(d.date) ? (
            <rect
              key={`off-${d.day}`}
              x={AXIS + i * SLOT}
              y={TOP}
              width={SLOT}
              height={plot}
              fill={COLORS.dayOff}
            />
          ) : null,
        )}
        {ticks.map((h) => (
          <g key={h}>
            <line
              x1={AXIS - 4}
              x2={width}
              y1={TOP + plot - y(h * 60)}
              y2={TOP + plot - y(h * 60)}
              stroke={COLORS.grid}
            />
            <text
              x={AXIS - 8}
              y={TOP + plot - y(h * 60) + 4}
              textAnchor="end"
              fontSize={11}
              fill={COLORS.text}
            >
              {t('fees.dashboard.chart.tick', { hours: h })}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const x = AXIS + i * SLOT + (SLOT - BAR) / 2;
          const hc = y(d.consultationMinutes);
          const hd = y(d.defenceMinutes);
          return (
            <g key={d.day} data-day={d.day}>
              <title>
                {`${formatDate(d.date, locale)}: ${t('fees.dashboard.chart.consultations')} ${durationText(t, d.consultationMinutes)}, ${t('fees.dashboard.chart.defence')} ${durationText(t, d.defenceMinutes)}`}
              </title>
              {hc > 0 && (
                <rect
                  x={x}
                  y={TOP + plot - hc}
                  width={BAR}
                  height={hc}
                  fill={COLORS.consultation}
                />
              )}
              {hd > 0 && (
                <rect
                  x={x}
                  y={TOP + plot - hc - hd}
                  width={BAR}
                  height={hd}
                  fill={COLORS.defence}
                />
              )}
              <text
                x={x + BAR / 2}
                y={HEIGHT - 5}
                textAnchor="middle"
                fontSize={11}
                fill={COLORS.text}
                fontWeight={dayOff(d.date) ? 400 : 600}
              >
                {d.day}
              </text>
            </g>
          );
        })}
      </svg>
      <VisuallyHidden>
        <Table data-testid="hours-chart-table">
          <caption>{summary}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fees.dashboard.chart.day')}</Table.Th>
              <Table.Th>{t('fees.dashboard.chart.consultations')}</Table.Th>
              <Table.Th>{t('fees.dashboard.chart.defence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {worked.map((d) => (
              <Table.Tr key={d.day}>
                <Table.Td>{formatDate(d.date, locale)}</Table.Td>
                <Table.Td>{durationText(t, d.consultationMinutes)}</Table.Td>
                <Table.Td>{durationText(t, d.defenceMinutes)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Paper>
  );
}
