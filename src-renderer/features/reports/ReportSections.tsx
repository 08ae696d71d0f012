import { Paper, Stack, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { caseKinds } from '../../../src-shared/contracts/entities/appointment';
import type {
  DefenceFigures,
  MonthlyReport,
} from '../../../src-shared/domain/reports/monthly-report';
import {
  settlementKeys,
  type SettlementKey,
} from '../../../src-shared/domain/reports/report-inputs';
import type { Locale } from '../../../src-shared/i18n/locales';
import { formatTenge } from '../../../src-shared/i18n/money';
import type { Messages } from '../../../src-shared/i18n/en';
import type { TFunction } from '../../i18n/translate';
import { durationText } from './report-format';
import { inPackOrder, type ScreenLabels } from './report-labels';
import { CountTable, DefenceTable, FigureTable, packName } from './ReportTables';

interface SectionProps {
  report: MonthlyReport;
  labels: ScreenLabels;
  locale: Locale;
  t: TFunction;
}

type RowKey = keyof Messages['fees']['report']['rows'];

const SETTLEMENT_KEY = { urban: 'urban', rural: 'rural', unstated: 'notStated' } as const;
const settlementName = (t: TFunction, k: SettlementKey) =>
  t(`fees.settlement.${SETTLEMENT_KEY[k]}`);

function Section({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="md">
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** 1. Legal consultations: what became of the month's applications, and who was helped. */
export function ConsultationSection({ report, labels, locale, t }: SectionProps) {
  const c = report.consultations;
  const g = c.given;
  const r = (k: RowKey) => t(`fees.report.rows.${k}`);
  const dur = (m: number) => durationText(t, m);
  return (
    <Section title={t('fees.report.sections.consultations')} testId="report-consultations">
      <FigureTable
        testId="report-consultation-figures"
        rows={[
          { label: r('applied'), value: String(c.applied), bold: true },
          { label: r('given'), value: String(c.byStatus.given), sub: true },
          { label: r('deferred'), value: String(c.byStatus.deferred), sub: true },
          { label: r('refused'), value: String(c.byStatus.refused), sub: true },
          { label: r('withdrawn'), value: String(c.byStatus.withdrawn), sub: true },
          { label: r('persons'), value: String(g.persons) },
          {
            label: r('form'),
            // Two counts, read as the row's label says (oral / written).
            value: `${g.byForm.oral} / ${g.byForm.written}`,
          },
          { label: r('atPersonLocation'), value: String(g.atPersonLocation) },
          { label: r('consultationTime'), value: dur(g.minutes), bold: true },
        ]}
      />
      <CountTable
        caption={t('fees.report.tables.byCategory')}
        column={t('fees.report.tables.category')}
        rows={g.byCategory}
        labels={labels.categories}
        noneLabel={t('fees.report.tables.noCategory')}
        locale={locale}
        t={t}
      />
      <CountTable
        caption={t('fees.report.tables.byIssueArea')}
        column={t('fees.report.tables.issueArea')}
        rows={g.byIssueArea}
        labels={labels.issueAreas}
        noneLabel="—"
        locale={locale}
        t={t}
      />
      <Table withTableBorder maw={760} captionSide="top">
        <Table.Caption ta="left" fw={600} c="var(--mantine-color-text)">
          {t('fees.report.tables.bySettlement')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fees.report.tables.place')}</Table.Th>
            <Table.Th ta="right">{t('fees.report.tables.count')}</Table.Th>
            <Table.Th ta="right">{t('fees.report.tables.time')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {settlementKeys.map((k) => (
            <Table.Tr key={k}>
              <Table.Td>{settlementName(t, k)}</Table.Td>
              <Table.Td ta="right">{g.bySettlement[k].count}</Table.Td>
              <Table.Td ta="right">{dur(g.bySettlement[k].minutes)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('fees.report.tables.total')}</Table.Th>
            <Table.Th ta="right">{g.count}</Table.Th>
            <Table.Th ta="right">{dur(g.minutes)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Section>
  );
}

/** 2. Defence and representation: the appointments' month, and the work done in it. */
export function DefenceSection({ report, labels, locale, t }: SectionProps) {
  const d = report.defence;
  const r = (k: RowKey) => t(`fees.report.rows.${k}`);
  const dur = (m: number) => durationText(t, m);
  const total: DefenceFigures = {
    received: d.received,
    accepted: d.accepted,
    completed: d.completed,
    inProgressAtEnd: d.inProgressAtEnd,
    workMinutes: d.work.minutes,
  };
  const grounds = inPackOrder(d.declinedByGround, labels.declineGrounds).map((g) => ({
    label: g.id === null ? '—' : packName(labels.declineGrounds, g.id, locale, t),
    value: String(g.count),
    sub: true,
  }));
  return (
    <Section title={t('fees.report.sections.defence')} testId="report-defence">
      <FigureTable
        testId="report-defence-figures"
        rows={[
          { label: r('received'), value: String(d.received), bold: true },
          {
            label: r('bySource'),
            value: `${d.bySource.ezk} / ${d.bySource.paper}`,
            sub: true,
          },
          { label: r('accepted'), value: String(d.accepted) },
          { label: r('declined'), value: String(d.declined) },
          ...grounds,
          { label: r('completed'), value: String(d.completed) },
          { label: r('inProgress'), value: String(d.inProgressAtEnd) },
          { label: r('notices'), value: String(d.noticesIssued) },
          {
            label: r('workTime'),
            value: t('fees.report.values.work', {
              duration: dur(d.work.minutes),
              items: d.work.items,
              appointments: d.work.appointments,
            }),
            bold: true,
          },
          { label: r('night'), value: dur(d.work.nightMinutes), sub: true },
          { label: r('nonWorkingDays'), value: dur(d.work.nonWorkingDayMinutes), sub: true },
        ]}
      />
      <DefenceTable
        t={t}
        total={total}
        groups={[
          {
            title: t('fees.report.tables.byCaseKind'),
            rows: caseKinds.map((k) => ({
              key: k,
              label: t(`appointments.caseKinds.${k}`),
              f: d.byCaseKind[k],
            })),
          },
          {
            title: t('fees.report.tables.byStage'),
            rows: inPackOrder(d.byStage, labels.stages).map((s) => ({
              key: s.id,
              label: packName(labels.stages, s.id, locale, t),
              f: s,
            })),
          },
          {
            title: t('fees.report.tables.bySettlement'),
            rows: settlementKeys.map((k) => ({
              key: k,
              label: settlementName(t, k),
              f: d.bySettlement[k],
            })),
          },
        ]}
      />
    </Section>
  );
}

/** 3. Payment: claims filed and paid in the month, and what is still owed at its end. */
export function PaymentSection({ report, locale, t }: Omit<SectionProps, 'labels'>) {
  const p = report.payment;
  const r = (k: RowKey) => t(`fees.report.rows.${k}`);
  const money = (tiyn: number) => formatTenge(tiyn, locale);
  const claims = (count: number, tiyn: number) =>
    t('fees.report.values.claims', { count, amount: money(tiyn) });
  return (
    <Section title={t('fees.report.sections.payment')} testId="report-payment">
      <FigureTable
        testId="report-payment-figures"
        rows={[
          { label: r('submitted'), value: claims(p.submitted.count, p.submitted.tiyn) },
          { label: r('paid'), value: claims(p.paid.claims, p.paid.tiyn) },
          { label: r('outstanding'), value: claims(p.outstanding.count, p.outstanding.tiyn) },
        ]}
      />
    </Section>
  );
}
