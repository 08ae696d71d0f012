import { Anchor, Badge, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { MonthPickerInput } from '@mantine/dates';
import type { ConsultationEntry } from '../../../../src-shared/contracts/entities/consultation';
import type { WorkRef } from '../../../../src-shared/domain/fees/types';
import { formatDate } from '../../../../src-shared/i18n/format';
import type { Locale } from '../../../../src-shared/i18n/locales';
import { useTranslation } from '../../../i18n/translate';
import { consultationRef, defaultConsultationSelection, monthPeriod } from './claim-defaults';
import type { ClaimFormValues } from './claim-form-values';
import { consultationHash } from './claim-links';
import type { ConsultationRowLike } from './claim-model';

type Form = UseFormReturnType<ClaimFormValues>;
const STATUSES = ['given', 'deferred', 'refused', 'withdrawn'] as const;
const statusKey = (s: string) =>
  (STATUSES as readonly string[]).includes(s) ? (s as (typeof STATUSES)[number]) : 'given';

/**
 * What a consultation claim is for: a month and its register entries. Choosing the month
 * selects again the given entries not claimed yet; entries not given or in another claim are
 * shown unticked with the reason.
 */
export function ConsultationSelection({
  form,
  rows,
  entries,
  claimed,
  locale,
}: {
  form: Form;
  /** The advocate's register rows (all of them: the month's are picked here). */
  rows: ReadonlyMap<string, ConsultationRowLike>;
  entries: ReadonlyMap<string, ConsultationEntry>;
  claimed: ReadonlyMap<WorkRef, string>;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const v = form.values;
  const inPeriod = [...rows.values()]
    .filter((r) => r.date >= v.period.from && r.date <= v.period.to)
    .sort((a, b) => a.year - b.year || a.number - b.number);
  // An entry chosen earlier but now outside the period stays visible, so it can be unticked.
  const strays = v.consultationIds
    .filter((id) => !inPeriod.some((r) => r.id === id))
    .flatMap((id) => (rows.get(id) ? [rows.get(id)!] : []));
  const shown = [...inPeriod, ...strays];

  const pickMonth = (value: string | null) => {
    if (!value) return;
    const period = monthPeriod(value.slice(0, 7));
    form.setValues({
      period,
      consultationIds: defaultConsultationSelection([...rows.values()], claimed, period),
    });
  };
  const toggle = (id: string, on: boolean) =>
    form.setFieldValue(
      'consultationIds',
      on ? [...v.consultationIds, id] : v.consultationIds.filter((x) => x !== id),
    );
  const given = shown.filter((r) => r.status === 'given').length;

  return (
    <Stack gap="sm">
      <MonthPickerInput
        label={t('fees.claims.consultations.month')}
        description={t('fees.claims.picker.monthHint')}
        value={v.period.from ? `${v.period.from.slice(0, 7)}-01` : null}
        onChange={pickMonth}
        valueFormat="MMMM YYYY"
        maw={420}
        error={form.errors['period.from'] ?? form.errors['period.to']}
        data-testid="claim-month"
      />
      {shown.length === 0 ? (
        <Text size="sm">{t('fees.claims.consultations.none')}</Text>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('fees.claims.consultations.items')}
            </Text>
            <Text size="sm" c="dimmed" data-testid="claim-consultation-count">
              {t('fees.claims.work.selected', { count: v.consultationIds.length, total: given })}
            </Text>
          </Group>
          <Table.ScrollContainer minWidth={620}>
            <Table withTableBorder striped fz="sm" data-testid="claim-consultations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40} />
                  <Table.Th>{t('register.columns.number')}</Table.Th>
                  <Table.Th>{t('appointments.work.date')}</Table.Th>
                  <Table.Th>{t('appointments.work.time')}</Table.Th>
                  <Table.Th ta="right">{t('fees.claims.calc.columns.minutes')}</Table.Th>
                  <Table.Th>{t('register.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((r) => {
                  const e = entries.get(r.id);
                  const label = `${r.number}/${r.year}`;
                  const inClaim = claimed.get(consultationRef(r.id));
                  const chosen = v.consultationIds.includes(r.id);
                  return (
                    <Table.Tr key={r.id} data-testid="claim-consultation-row">
                      <Table.Td>
                        <Checkbox
                          checked={chosen}
                          disabled={r.status !== 'given' && !chosen}
                          onChange={(ev) => toggle(r.id, ev.currentTarget.checked)}
                          aria-label={t('fees.claims.consultations.selectLabel', { record: label })}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Anchor size="sm" href={consultationHash(r.id)}>
                          {label}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(r.date, locale)}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {e ? `${e.startedAt}–${e.endedAt}` : ''}
                      </Table.Td>
                      <Table.Td ta="right">{r.durationMinutes}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          <Text size="sm">{t(`register.statuses.${statusKey(r.status)}`)}</Text>
                          {inClaim && (
                            <Badge size="sm" color="#9a3412" variant="filled" tt="none">
                              {t('fees.claims.work.inClaim', { label: inClaim })}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {form.errors['consultationIds'] && (
        <Text size="sm" c="red.9">
          {form.errors['consultationIds']}
        </Text>
      )}
    </Stack>
  );
}
