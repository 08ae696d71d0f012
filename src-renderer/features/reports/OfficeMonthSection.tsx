import { Badge, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type { AdvocateMonthSummary } from '../../../src-shared/domain/office/month-summary';
import type { OfficeWorkFigures } from '../../../src-shared/domain/reports/office-summary';
import { formatTenge } from '../../../src-shared/i18n/money';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { stampText } from '../appointments/detail-shared';
import { QUIET_DAYS } from '../office/RosterTable';
import { DocumentButtons } from '../../components/DocumentButtons';
import { useOfficeMonth } from './office-report-data';
import { saveOfficeMonthCsv, saveOfficeMonthPdf } from './print-reports';
import { durationText, monthInText } from './report-format';

const COLUMNS = [
  'consultations',
  'persons',
  'consultationTime',
  'received',
  'accepted',
  'workTime',
  'claimed',
  'paid',
] as const;

/** "Last received" of an advocate's copy, marked when it is old (office/RosterTable.tsx's rule). */
function Freshness({ s, own }: { s: AdvocateMonthSummary | undefined; own: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (own) return <Text size="sm">{t('fees.office.freshness.thisComputer')}</Text>;
  const quiet = !s || s.quietDays === null || s.quietDays >= QUIET_DAYS;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm">{s?.lastReceivedAt ? stampText(s.lastReceivedAt, locale) : '—'}</Text>
      {quiet && (
        <Badge color="#9a3412" variant="filled" tt="none" data-testid="office-quiet">
          {s?.quietDays === null || !s
            ? t('office.roster.nothingReceived')
            : t('office.roster.quiet', { count: s.quietDays })}
        </Badge>
      )}
    </Group>
  );
}

/**
 * The head's month of the office (issue 8): per advocate, the consultations and the persons
 * helped, the appointments received and accepted, the time worked, the money claimed and paid,
 * with how fresh this computer's copy of each advocate's registers is — the figures count only
 * what has reached it. PDF in Kazakh and Russian and CSV for a spreadsheet.
 */
export function OfficeMonthSection({
  profile,
  month,
  onMonth,
  today,
}: {
  profile: Profile;
  month: string;
  onMonth: (month: string) => void;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const data = useOfficeMonth(month, today);
  const own = new Set([profile.id]);
  const cells = (f: OfficeWorkFigures): Record<(typeof COLUMNS)[number], string> => ({
    consultations: String(f.consultationsGiven),
    persons: String(f.persons),
    consultationTime: durationText(t, f.consultationMinutes),
    received: String(f.appointmentsReceived),
    accepted: String(f.appointmentsAccepted),
    workTime: durationText(t, f.workMinutes),
    claimed: formatTenge(f.claimedTiyn, locale),
    paid: formatTenge(f.paidTiyn, locale),
  });
  const csvLang = i18n.language === 'ru' ? 'ru' : 'kk';
  return (
    <Paper withBorder p="md" data-testid="office-month">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h4">
            {t('fees.office.month.title', { month: monthInText(month, locale) })}
          </Title>
          <MonthPickerInput
            label={t('fees.report.month')}
            value={`${month}-01`}
            onChange={(v) => v && onMonth(String(v).slice(0, 7))}
            valueFormat="MMMM YYYY"
            maxDate={today}
            w={200}
          />
        </Group>
        {!data || data.month !== month ? (
          <Center p="md">
            <Loader aria-label={t('fees.report.loading')} />
          </Center>
        ) : (
          <>
            <Table.ScrollContainer minWidth={900}>
              <Table withTableBorder striped data-testid="office-month-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('fees.office.month.advocate')}</Table.Th>
                    {COLUMNS.map((k) => (
                      <Table.Th key={k} ta="right">
                        {t(`fees.office.month.columns.${k}`)}
                      </Table.Th>
                    ))}
                    <Table.Th>{t('fees.office.freshness.lastReceived')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.work.rows.map((r) => {
                    const c = cells(r);
                    return (
                      <Table.Tr key={r.advocateId} data-testid="office-month-row">
                        <Table.Td fw={600}>{r.fullName ?? t('office.roster.unknown')}</Table.Td>
                        {COLUMNS.map((k) => (
                          <Table.Td key={k} ta="right">
                            {c[k]}
                          </Table.Td>
                        ))}
                        <Table.Td>
                          <Freshness
                            s={data.roster.find((s) => s.advocateId === r.advocateId)}
                            own={own.has(r.advocateId)}
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th scope="row">{t('fees.office.month.total')}</Table.Th>
                    {COLUMNS.map((k) => (
                      <Table.Th key={k} ta="right">
                        {cells(data.work.totals)[k]}
                      </Table.Th>
                    ))}
                    <Table.Th />
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed" maw={860}>
              {t('fees.office.month.note')}
            </Text>
            <DocumentButtons
              testId="office-month-print"
              jobs={[
                {
                  key: 'kk',
                  label: 'fees.office.month.pdfKk',
                  run: () => saveOfficeMonthPdf(data.work, profile, 'kk'),
                },
                {
                  key: 'ru',
                  label: 'fees.office.month.pdfRu',
                  run: () => saveOfficeMonthPdf(data.work, profile, 'ru'),
                },
                {
                  key: 'csv',
                  label: 'fees.office.month.csv',
                  icon: 'csv',
                  run: () => saveOfficeMonthCsv(data.work, csvLang),
                },
              ]}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
