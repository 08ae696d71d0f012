import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { capWarnings } from '../../../src-shared/domain/consultations/caps';
import { durationMinutes } from '../../../src-shared/domain/consultations/time';
import { isValidIin } from '../../../src-shared/domain/iin/iin';
import { formatDate } from '../../../src-shared/i18n/format';
import type { ConsultationRegisterPack } from '../../../src-shared/rules/pack-schema';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import type { EntryFormValues } from './entry-form-values';

/**
 * Live checks while an entry is written: earlier aid to the same person in the same area
 * (cl. 42, with links to those entries) and the paid-time caps (order 1462). Warnings only —
 * the advocate decides; nothing here blocks saving.
 */
export function EntryChecks({
  values,
  entryId,
  register,
}: {
  values: EntryFormValues;
  entryId?: string | undefined;
  register: ConsultationRegisterPack | null;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const personIin = (values.represents ? values.representedIin : values.applicantIin).trim();
  const minutes = values.status === 'given' ? durationMinutes(values.startedAt, values.endedAt) : 0;

  const data = useLiveQuery(async () => {
    if (!isValidIin(personIin)) return null;
    const [person, day] = await Promise.all([
      repos.consultations.forPerson(personIin),
      repos.consultations.onDate(values.appliedDate),
    ]);
    return { person, day };
  }, [personIin, values.appliedDate]);
  if (!data) return null;

  const repeats = data.person.filter(
    (r) => r.id !== entryId && r.issueAreaId === values.issueAreaId && r.status === 'given',
  );
  const given = (rows: typeof data.day) =>
    rows
      .filter((r) => r.status === 'given')
      .map((r) => ({ id: r.id, iin: r.iinKey, date: r.date, minutes: r.durationMinutes }));
  const caps = register
    ? capWarnings(
        { id: entryId ?? 'new', iin: 'this-person', date: values.appliedDate, minutes },
        [
          ...given(data.person).map((r) => ({ ...r, iin: 'this-person' })),
          ...given(data.day.filter((r) => !data.person.some((p) => p.id === r.id))),
        ],
        register.caps,
      )
    : [];
  if (repeats.length === 0 && caps.length === 0) return null;

  return (
    <Stack gap="xs" data-testid="entry-checks">
      {repeats.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          <Text size="sm">
            {t('register.checks.repeat', {
              list: repeats.map((r) => `№ ${r.number} (${formatDate(r.date, locale)})`).join(', '),
            })}
          </Text>
          {repeats.map((r) => (
            <Anchor key={r.id} href={`#/consultations?entry=${r.id}`} size="sm" mr="sm">
              № {r.number}
            </Anchor>
          ))}
        </Alert>
      )}
      {caps.map((c) => (
        <Alert key={c.kind} color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t(c.kind === 'per-person' ? 'register.checks.perPerson' : 'register.checks.perDay', {
            used: c.usedMinutes,
            cap: c.capMinutes,
          })}
        </Alert>
      ))}
    </Stack>
  );
}
