import {
  Alert,
  Anchor,
  Center,
  Code,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { formatDate } from '../../../src-shared/i18n/format';
import type { EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { appDb } from '../../db';
import { currentLocale, DAYJS_LOCALE } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { usePackState } from '../../rules/pack-store';
import { useRulesOn } from '../../rules/use-rules-on';
import { readAuditHead, type AuditHead } from './audit-head';
import { DocumentButtons, type DocumentJob } from '../../components/DocumentButtons';
import { saveMonthlyReportPdf } from './print-reports';
import { useOwnReport } from './report-data';
import { monthInText } from './report-format';
import { screenLabels } from './report-labels';
import { ConsultationSection, DefenceSection, PaymentSection } from './ReportSections';

/** The audit log's head on screen: what the printout will carry, or why it should be checked. */
function AuditLine({ audit }: { audit: AuditHead | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!audit)
    return (
      <Text size="sm" c="dimmed">
        {t('fees.report.noAudit')}
      </Text>
    );
  return (
    <Stack gap={4} data-testid="report-audit">
      <Text size="sm">
        {t('fees.report.audit', {
          count: audit.entries,
          date: `${formatDate(audit.lastAt.slice(0, 10), locale)} ${dayjs(audit.lastAt).format('HH:mm')}`,
        })}{' '}
        <Code data-testid="report-audit-hash">{audit.headHash}</Code>
      </Text>
      {audit.brokenAt !== null && (
        <Alert color="red" variant="light" p="xs" role="alert">
          {t('fees.report.auditBroken', { index: audit.brokenAt })}{' '}
          <Anchor href="#/settings" size="sm">
            {t('fees.report.toSettings')}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}

/**
 * The advocate's monthly report (Rules cl. 33) as it will be retyped into Е-Заң көмегі, which
 * forms the official report: the figures counted from the registers in three sections, the due
 * date from the calendar pack, and the PDF in Kazakh and Russian carrying the audit log's head.
 * The official form was not seen, and the screen says so.
 */
export function MonthlyReportPanel({ profile, month }: { profile: Profile; month: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const data = useOwnReport(profile.id, month);
  const rules = useRulesOn(`${month}-01`);
  const packs = usePackState();
  // Every eligibility version, so a category a newer pack renamed or dropped still has its name.
  const eligibility = useMemo(
    () =>
      (packs?.registry.all() ?? []).filter((p): p is EligibilityPack => p.kind === 'eligibility'),
    [packs],
  );
  const labels = useMemo(
    () => screenLabels(eligibility, rules.defence),
    [eligibility, rules.defence],
  );
  // Re-read after every write: the report's own figures change only with the registers.
  const audit = useLiveQuery(() => readAuditHead(appDb), []);
  if (!data || audit === undefined || !rules.loaded)
    return (
      <Center p="xl">
        <Loader aria-label={t('fees.report.loading')} />
      </Center>
    );
  const due = rules.calendar?.reportDeadline(month) ?? null;
  const job = (lang: 'kk' | 'ru'): DocumentJob => ({
    key: lang,
    label: lang === 'kk' ? 'fees.report.pdfKk' : 'fees.report.pdfRu',
    // The head as it is when printing, not as it was when the screen opened.
    run: async () =>
      saveMonthlyReportPdf(
        data.report,
        profile,
        { eligibility, defence: rules.defence },
        due!,
        await readAuditHead(appDb),
        lang,
      ),
  });
  return (
    <Stack gap="lg" data-testid="monthly-report">
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('fees.report.title', { month: monthInText(month, locale) })}
          </Title>
          {due && (
            <div data-testid="report-due">
              <Text fw={600}>
                {t('fees.report.due', {
                  date: formatDate(due, locale),
                  weekday: dayjs(due).locale(DAYJS_LOCALE[locale]).format('dddd'),
                })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('deadlines.reportBasis')}
              </Text>
            </div>
          )}
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} maw={860}>
            {t('fees.report.formNotSeen')}
          </Alert>
          <Group justify="space-between" align="flex-end">
            {due ? (
              <DocumentButtons jobs={[job('kk'), job('ru')]} testId="report-print" />
            ) : (
              <Text size="sm" c="red.9">
                {t('fees.report.noCalendar')}
              </Text>
            )}
          </Group>
          <AuditLine audit={audit} />
        </Stack>
      </Paper>
      <ConsultationSection report={data.report} labels={labels} locale={locale} t={t} />
      <DefenceSection report={data.report} labels={labels} locale={locale} t={t} />
      <PaymentSection report={data.report} locale={locale} t={t} />
    </Stack>
  );
}
