import {
  Center,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { caseKinds } from '../../../src-shared/contracts/entities/appointment';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type { WorkingCalendar } from '../../../src-shared/domain/calendar/working-days';
import { semiannualDeadline } from '../../../src-shared/domain/reports/report-deadlines';
import {
  noSplit,
  splitTotal,
  type Half,
  type SemiannualFigures,
  type Split,
} from '../../../src-shared/domain/reports/semiannual-summary';
import { formatDate } from '../../../src-shared/i18n/format';
import { formatTenge } from '../../../src-shared/i18n/money';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { DocumentButtons } from '../../components/DocumentButtons';
import { useSemiannual } from './office-report-data';
import { saveSemiannualCsv, saveSemiannualPdf } from './print-reports';
import { durationText } from './report-format';

const SPLIT_COLUMNS = ['rural', 'urban', 'unstated'] as const;
const OFFICE = 'office';

/** All the accepted appointments, whatever the case kind. */
function acceptedAll(f: SemiannualFigures): Split {
  const out = noSplit();
  for (const k of caseKinds) for (const s of SPLIT_COLUMNS) out[s] += f.accepted[k][s];
  return out;
}

/**
 * The semiannual summary (Rules cl. 5.4) of the office on this computer: every figure split by
 * where the aid was given — rural settlement, town, not stated on the record — for the office or
 * one advocate, with the PDF (Kazakh, Russian) and CSV the justice body's form is filled from.
 */
export function SemiannualSection({
  profile,
  calendar,
  initial,
  today,
}: {
  profile: Profile;
  calendar: WorkingCalendar;
  /** The half-year whose summary is due next. */
  initial: { year: number; half: Half };
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const [year, setYear] = useState(initial.year);
  const [half, setHalf] = useState<Half>(initial.half);
  const [whose, setWhose] = useState(OFFICE);
  const summary = useSemiannual(year, half);
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 5 }, (_, i) => String(thisYear - i));
  const due = semiannualDeadline(calendar, year, half);
  const loaded = summary && summary.year === year && summary.half === half ? summary : null;
  // The office's order (office-reads.ts): this device's head first, then by name.
  const rows = loaded ? loaded.rows : [];
  const figures = !loaded
    ? null
    : whose === OFFICE
      ? loaded.totals
      : (rows.find((r) => r.advocateId === whose) ?? loaded.totals);
  const dur = (m: number) => durationText(t, m);
  const money = (tiyn: number) => formatTenge(tiyn, locale);
  const count = (n: number) => String(n);
  const line = (label: string, s: Split, show: (n: number) => string, total = splitTotal(s)) => ({
    label,
    cells: [...SPLIT_COLUMNS.map((k) => show(s[k])), show(total)],
  });
  const table = figures && [
    line(t('fees.office.semiannual.rows.consultations'), figures.consultationsGiven, count),
    // A person helped in town and in a village is in both columns, once in the total.
    line(t('fees.office.semiannual.rows.persons'), figures.persons, count, figures.personsTotal),
    line(t('fees.office.semiannual.rows.consultationTime'), figures.consultationMinutes, dur),
    ...caseKinds.map((k) =>
      line(
        t('fees.office.semiannual.rows.accepted', { kind: t(`appointments.caseKinds.${k}`) }),
        figures.accepted[k],
        count,
      ),
    ),
    line(t('fees.office.semiannual.rows.acceptedAll'), acceptedAll(figures), count),
    line(t('fees.office.semiannual.rows.completed'), figures.completed, count),
    line(t('fees.office.semiannual.rows.workTime'), figures.workMinutes, dur),
    line(t('fees.office.semiannual.rows.claimed'), figures.claimedTiyn, money),
    line(t('fees.office.semiannual.rows.paid'), figures.paidTiyn, money),
  ];
  const csvLang = i18n.language === 'ru' ? 'ru' : 'kk';
  return (
    <Paper withBorder p="md" data-testid="semiannual">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4">
            {t('fees.office.semiannual.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={860}>
            {t('fees.office.semiannual.intro')}
          </Text>
        </div>
        <Group align="flex-end" gap="md">
          <Select
            label={t('fees.office.semiannual.year')}
            data={years}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            w={110}
          />
          <div>
            <Text size="sm" fw={500} mb={2} id="semiannual-half">
              {t('fees.office.semiannual.half')}
            </Text>
            <SegmentedControl
              aria-labelledby="semiannual-half"
              value={String(half)}
              onChange={(v) => setHalf(v === '2' ? 2 : 1)}
              data={[
                { value: '1', label: t('fees.office.semiannual.first') },
                { value: '2', label: t('fees.office.semiannual.second') },
              ]}
            />
          </div>
          <Select
            label={t('fees.office.semiannual.whose')}
            data={[
              { value: OFFICE, label: t('fees.office.semiannual.wholeOffice') },
              ...rows.map((r) => ({
                value: r.advocateId,
                label: r.fullName ?? t('office.roster.unknown'),
              })),
            ]}
            value={whose}
            onChange={(v) => setWhose(v ?? OFFICE)}
            allowDeselect={false}
            w={320}
          />
        </Group>
        <Text size="sm" fw={600} data-testid="semiannual-due">
          {t('fees.office.semiannual.due', { date: formatDate(due, locale) })}
        </Text>
        {!table || !loaded ? (
          <Center p="md">
            <Loader aria-label={t('fees.report.loading')} />
          </Center>
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table withTableBorder striped maw={1000} data-testid="semiannual-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('fees.office.semiannual.figure')}</Table.Th>
                    <Table.Th ta="right">{t('fees.settlement.rural')}</Table.Th>
                    <Table.Th ta="right">{t('fees.settlement.urban')}</Table.Th>
                    <Table.Th ta="right">{t('fees.settlement.notStated')}</Table.Th>
                    <Table.Th ta="right">{t('fees.office.semiannual.total')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {table.map((r) => (
                    <Table.Tr key={r.label}>
                      <Table.Th scope="row" fw={400}>
                        {r.label}
                      </Table.Th>
                      {r.cells.map((c, i) => (
                        <Table.Td key={i} ta="right" fw={i === 3 ? 700 : 400}>
                          {c}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="xs" c="dimmed" maw={860}>
              {t('fees.office.semiannual.unstatedNote')}
            </Text>
            <DocumentButtons
              testId="semiannual-print"
              jobs={[
                {
                  key: 'kk',
                  label: 'fees.office.semiannual.pdfKk',
                  run: () => saveSemiannualPdf(loaded, profile, due, 'kk'),
                },
                {
                  key: 'ru',
                  label: 'fees.office.semiannual.pdfRu',
                  run: () => saveSemiannualPdf(loaded, profile, due, 'ru'),
                },
                {
                  key: 'csv',
                  label: 'fees.office.semiannual.csv',
                  icon: 'csv',
                  run: () => saveSemiannualCsv(loaded, csvLang),
                },
              ]}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
