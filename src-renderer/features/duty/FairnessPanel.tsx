import { Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useLiveQuery } from 'dexie-react-hooks';
import { dutyKinds } from '../../../src-shared/contracts/entities/duty-roster';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { fairnessReport } from '../../../src-shared/domain/duty/fairness';
import type { Spread } from '../../../src-shared/domain/duty/types';
import { formatNumber } from '../../../src-shared/i18n/format';
import { useState } from 'react';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { useRulesOn } from '../../rules/use-rules-on';
import { PrintFairnessButtons } from './PrintButtons';

/**
 * cl. 4.1–4.2: the office proves equal participation — per advocate, duty days by schedule and
 * paper appointments received, accepted and declined; the spread and the Gini coefficient.
 */
export function FairnessPanel({
  profile,
  initialMonth = null,
}: {
  profile: Profile;
  initialMonth?: string | null;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [month, setMonth] = useState(initialMonth ?? todayIso().slice(0, 7));
  const rules = useRulesOn(`${month}-01`);
  const report = useLiveQuery(async () => {
    const schedule = (await repos.schedules.forMonth(month)) ?? null;
    return fairnessReport({
      month,
      officeName: schedule?.officeName ?? profile.office,
      schedule,
      members: await repos.roster.list(),
      distributions: await repos.distributions.forMonth(month),
      answers: await repos.distributions.answers(),
    });
  }, [month, profile.office]);
  const spreadCard = (title: string, s: Spread) => (
    <Paper withBorder p="sm">
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <Text size="sm">
        {t('duty.fairness.spreadLine', { min: s.min, max: s.max, spread: s.spread })}
      </Text>
      <Text size="sm">
        {t('duty.fairness.giniLine', { gini: formatNumber(s.gini, locale, 2) })}
      </Text>
    </Paper>
  );
  const ground = (id: string) =>
    rules.defence?.declineGrounds.find((g) => g.id === id)?.label[locale === 'ru' ? 'ru' : 'kk'] ??
    id;
  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between">
        <MonthPickerInput
          label={t('duty.schedule.month')}
          value={`${month}-01`}
          onChange={(v) => v && setMonth(String(v).slice(0, 7))}
          w={220}
        />
        {report && <PrintFairnessButtons report={report} profile={profile} pack={rules.defence} />}
      </Group>
      {!report ? (
        <Loader aria-label="…" />
      ) : (
        <>
          <Text size="sm" c="dimmed" maw={760}>
            {report.scheduleEdition === null
              ? t('duty.fairness.noSchedule')
              : t('duty.fairness.basis', { edition: report.scheduleEdition })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={760}>
            {spreadCard(t('duty.fairness.dutyDays'), report.dutyDays)}
            {spreadCard(t('duty.fairness.received'), report.received)}
          </SimpleGrid>
          <Table.ScrollContainer minWidth={860}>
            <Table striped withTableBorder data-testid="fairness-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('duty.handover.advocate')}</Table.Th>
                  {dutyKinds.map((k) => (
                    <Table.Th key={k}>{t(`duty.kinds.${k}`)}</Table.Th>
                  ))}
                  <Table.Th>{t('duty.fairness.total')}</Table.Th>
                  <Table.Th>{t('duty.fairness.receivedShort')}</Table.Th>
                  <Table.Th>{t('duty.fairness.accepted')}</Table.Th>
                  <Table.Th>{t('duty.fairness.declined')}</Table.Th>
                  <Table.Th>{t('duty.fairness.pending')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rows.map((r) => (
                  <Table.Tr key={r.memberId}>
                    <Table.Td>{r.fullName}</Table.Td>
                    {dutyKinds.map((k) => (
                      <Table.Td key={k}>{r.dutyDays[k]}</Table.Td>
                    ))}
                    <Table.Td fw={600}>{r.dutyTotal}</Table.Td>
                    <Table.Td fw={600}>{r.received}</Table.Td>
                    <Table.Td>{r.accepted}</Table.Td>
                    <Table.Td>
                      {r.declined}
                      {Object.entries(r.declineGrounds).map(([g, n]) => (
                        <Text size="xs" c="dimmed" key={g}>
                          {ground(g)}: {n}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>{r.pending}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Title order={3} size="h5" c="dimmed">
            {t('duty.fairness.howToRead')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('duty.fairness.explain')}
          </Text>
        </>
      )}
    </Stack>
  );
}
