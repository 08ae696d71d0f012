import { Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useEffect } from 'react';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { useHashParams } from '../../app/use-hash-route';
import { useTranslation } from '../../i18n/translate';
import { useRulesOn } from '../../rules/use-rules-on';
import { useSync } from '../../sync/use-sync';
import { isOfficeHead } from '../office/office-access';
import { ClaimsPanel } from './claims/ClaimsPanel';
import { MonthlyReportPanel } from './MonthlyReportPanel';
import { MonthPanel } from './MonthPanel';
import { OfficeReportsPanel } from './OfficeReportsPanel';
import { defaultReportMonth, reportsHash, reportsRoute, type ReportTab } from './reports-route';

/**
 * Reports and fee claims (issue 8; Rules cl. 5.2, 5.4, 33, 54–59): the advocate's month at a
 * glance, the monthly report as it will be retyped into Е-Заң көмегі, the fee claims, and for
 * the head of a legal consultation office the office's month and semiannual summaries. The tab
 * and the month are in the hash (`#/reports?tab=report&month=2026-11`), so links land here.
 */
export function ReportsPage({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const today = todayIso();
  const sync = useSync();
  // The office tab: a head's profile, or a device signed in with a head's account (the office's
  // registers reach only those); the tab itself says when the copy is only this computer's.
  const head = profile.role === 'head' || isOfficeHead(sync);
  const rules = useRulesOn(today);
  const defaultMonth = defaultReportMonth(rules.calendar, today);
  const route = reportsRoute(useHashParams(), { head, defaultMonth });
  const go = (tab: ReportTab, month = route.month) => {
    location.hash = reportsHash(tab, month);
  };

  // The documents print from here: warm up pdfmake and the fonts while the advocate reads.
  useEffect(() => {
    const idle = setTimeout(
      () => void import('../../documents/render-pdf').then((m) => m.preloadPdf()),
      1500,
    );
    return () => clearTimeout(idle);
  }, []);

  const monthPicker = (
    <MonthPickerInput
      label={t('fees.report.month')}
      value={`${route.month}-01`}
      onChange={(v) => v && go(route.tab, String(v).slice(0, 7))}
      valueFormat="MMMM YYYY"
      maxDate={today}
      w={200}
      data-testid="report-month"
    />
  );
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('fees.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('fees.report.intro')}
          </Text>
        </div>
        {(route.tab === 'month' || route.tab === 'report') && monthPicker}
      </Group>
      <Tabs
        value={route.tab}
        onChange={(v) => go((v as ReportTab | null) ?? 'month')}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="month">{t('fees.report.tabs.month')}</Tabs.Tab>
          <Tabs.Tab value="report">{t('fees.report.tabs.report')}</Tabs.Tab>
          <Tabs.Tab value="claims">{t('fees.report.tabs.claims')}</Tabs.Tab>
          {head && <Tabs.Tab value="office">{t('fees.report.tabs.office')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="month" pt="md">
          <MonthPanel profile={profile} month={route.month} />
        </Tabs.Panel>
        <Tabs.Panel value="report" pt="md">
          <MonthlyReportPanel profile={profile} month={route.month} />
        </Tabs.Panel>
        <Tabs.Panel value="claims" pt="md">
          <ClaimsPanel profile={profile} />
        </Tabs.Panel>
        {head && (
          <Tabs.Panel value="office" pt="md">
            <OfficeReportsPanel profile={profile} signedInAsHead={isOfficeHead(sync)} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
