import {
  Anchor,
  Badge,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconMoon } from '@tabler/icons-react';
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type { WorkRef } from '../../../../src-shared/domain/fees/types';
import { formatDate } from '../../../../src-shared/i18n/format';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { DefenceRegisterPack } from '../../../../src-shared/rules/pack-schema';
import { IsoDateInput } from '../../../components/IsoDateInput';
import { useTranslation } from '../../../i18n/translate';
import { packLabel } from '../../appointments/detail-shared';
import { defaultDefencePeriod, defaultWorkSelection, workRef } from './claim-defaults';
import type { ClaimFormValues } from './claim-form-values';
import { langOf } from './claim-labels';
import { appointmentHash } from './claim-links';

type Form = UseFormReturnType<ClaimFormValues>;

/** "№ 12/2026 · Criminal case · Pre-trial investigation · 261100031000123" */
export function appointmentOption(
  a: Appointment,
  pack: DefenceRegisterPack | null,
  locale: Locale,
  t: ReturnType<typeof useTranslation>['t'],
): string {
  return t('fees.claims.picker.option', {
    record: `${a.number}/${a.year}`,
    caseKind: t(`appointments.caseKinds.${a.caseKind}`),
    stage: packLabel(pack?.stages, a.stageId, langOf(locale)),
    caseNumber: a.caseNumber,
  });
}

/**
 * What a defence claim is for: the appointment, the period and the work entries. A change of
 * appointment or period selects again what is not claimed yet in it; entries withdrawn or in
 * another claim are shown, so the advocate sees why they are not ticked.
 */
export function WorkSelection({
  form,
  appointments,
  claimed,
  pack,
  locale,
  today,
}: {
  form: Form;
  appointments: readonly Appointment[];
  claimed: ReadonlyMap<WorkRef, string>;
  pack: DefenceRegisterPack | null;
  locale: Locale;
  today: string;
}) {
  const { t } = useTranslation();
  const v = form.values;
  const a = appointments.find((x) => x.id === v.appointmentId);

  const pickAppointment = (id: string | null) => {
    const next = appointments.find((x) => x.id === id);
    if (!next) return;
    const period = defaultDefencePeriod(next, claimed, today);
    form.setValues({
      appointmentId: next.id,
      period,
      workItemIds: defaultWorkSelection(next, claimed, period),
      feeCategoryId: '',
      basisDocument: {
        ...v.basisDocument,
        typeId: '',
        issuedBy: v.basisDocument.issuedBy || next.decree.body,
      },
    });
  };

  const setPeriod = (end: 'from' | 'to', iso: string) => {
    const period = { ...v.period, [end]: iso };
    form.setFieldValue('period', period);
    if (a && period.from && period.to)
      form.setFieldValue('workItemIds', defaultWorkSelection(a, claimed, period));
  };

  const toggle = (id: string, on: boolean) =>
    form.setFieldValue(
      'workItemIds',
      on ? [...v.workItemIds, id] : v.workItemIds.filter((x) => x !== id),
    );

  const work = [...(a?.work ?? [])].sort(
    (x, y) => x.date.localeCompare(y.date) || x.startedAt.localeCompare(y.startedAt),
  );
  const selectable = work.filter((w) => !w.withdrawn);
  return (
    <Stack gap="sm">
      <Select
        label={t('fees.claims.picker.appointment')}
        description={t('fees.claims.picker.appointmentHint')}
        placeholder={t('fees.claims.picker.appointmentPlaceholder')}
        searchable
        withAsterisk
        nothingFoundMessage={t('fees.claims.picker.noAppointments')}
        data={appointments.map((x) => ({
          value: x.id,
          label: appointmentOption(x, pack, locale, t),
        }))}
        value={v.appointmentId || null}
        onChange={pickAppointment}
        error={form.errors['appointmentId']}
        data-testid="claim-appointment"
      />
      {a && (
        <Anchor size="sm" href={appointmentHash(a.id)}>
          {t('fees.claims.work.openAppointment', { record: `${a.number}/${a.year}` })}
        </Anchor>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={520}>
        <IsoDateInput
          label={t('fees.claims.work.from')}
          withAsterisk
          value={v.period.from}
          onChange={(iso) => setPeriod('from', iso)}
          error={form.errors['period.from']}
        />
        <IsoDateInput
          label={t('fees.claims.work.to')}
          withAsterisk
          value={v.period.to}
          onChange={(iso) => setPeriod('to', iso)}
          error={form.errors['period.to']}
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('fees.claims.work.periodHint')}
      </Text>
      {a && work.length === 0 && <Text size="sm">{t('fees.claims.work.none')}</Text>}
      {work.length > 0 && (
        <>
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t('fees.claims.work.items')}
            </Text>
            <Text size="sm" c="dimmed" data-testid="claim-work-count">
              {t('fees.claims.work.selected', {
                count: v.workItemIds.length,
                total: selectable.length,
              })}
            </Text>
          </Group>
          <Table.ScrollContainer minWidth={720}>
            <Table withTableBorder striped fz="sm" data-testid="claim-work">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40} />
                  <Table.Th>{t('appointments.work.date')}</Table.Th>
                  <Table.Th>{t('appointments.work.action')}</Table.Th>
                  <Table.Th>{t('appointments.work.time')}</Table.Th>
                  <Table.Th ta="right">{t('fees.claims.calc.columns.minutes')}</Table.Th>
                  <Table.Th>{t('appointments.work.flags')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {work.map((w) => {
                  const inClaim = a ? claimed.get(workRef(a.id, w.id)) : undefined;
                  const outside = w.date < v.period.from || w.date > v.period.to;
                  const action = packLabel(pack?.actions, w.actionId, langOf(locale));
                  return (
                    <Table.Tr key={w.id} data-testid="claim-work-row">
                      <Table.Td>
                        <Checkbox
                          checked={v.workItemIds.includes(w.id)}
                          disabled={!!w.withdrawn && !v.workItemIds.includes(w.id)}
                          onChange={(e) => toggle(w.id, e.currentTarget.checked)}
                          aria-label={t('fees.claims.work.selectLabel', {
                            action,
                            date: formatDate(w.date, locale),
                          })}
                        />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(w.date, locale)}
                      </Table.Td>
                      <Table.Td>{action}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {w.startedAt}–{w.endedAt}
                      </Table.Td>
                      <Table.Td ta="right">{w.minutes}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {w.nightMinutes > 0 && (
                            <Badge
                              size="sm"
                              color="blue.9"
                              variant="filled"
                              tt="none"
                              leftSection={<IconMoon size={10} aria-hidden />}
                            >
                              {t('appointments.work.night', { minutes: w.nightMinutes })}
                            </Badge>
                          )}
                          {w.nonWorkingDay && (
                            <Badge size="sm" color="blue.9" variant="filled" tt="none">
                              {t('appointments.work.nonWorking')}
                            </Badge>
                          )}
                          {w.travel?.minutes ? (
                            <Badge size="sm" color="gray.7" variant="filled" tt="none">
                              {t('appointments.work.travelMinutes', { minutes: w.travel.minutes })}
                            </Badge>
                          ) : null}
                          {w.withdrawn && (
                            <Badge size="sm" color="gray.7" variant="filled" tt="none">
                              {t('fees.claims.work.withdrawn')}
                            </Badge>
                          )}
                          {inClaim && (
                            <Badge size="sm" color="#9a3412" variant="filled" tt="none">
                              {t('fees.claims.work.inClaim', { label: inClaim })}
                            </Badge>
                          )}
                          {outside && !w.withdrawn && (
                            <Badge size="sm" color="gray.7" variant="outline" tt="none">
                              {t('fees.claims.work.outside')}
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
      {form.errors['workItemIds'] && (
        <Text size="sm" c="red.9">
          {form.errors['workItemIds']}
        </Text>
      )}
    </Stack>
  );
}
