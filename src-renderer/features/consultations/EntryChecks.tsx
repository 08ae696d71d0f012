import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconUsers } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import { capWarnings } from '../../../src-shared/domain/consultations/caps';
import { durationMinutes } from '../../../src-shared/domain/consultations/time';
import { isValidIin } from '../../../src-shared/domain/iin/iin';
import { formatDate } from '../../../src-shared/i18n/format';
import type { ConsultationRegisterPack } from '../../../src-shared/rules/pack-schema';
import { repoDeps, repos } from '../../db';
import { OfficeAidLookup } from '../../db/office-aid';
import { currentLocale } from '../../i18n/i18n';
import type { EntryFormValues } from './entry-form-values';

/** Colleagues' aid to a person (aid marks, or a head's full rows): cl. 42 office-wide. */
const officeAid = new OfficeAidLookup(repoDeps);

/**
 * Live checks while an entry is written: earlier aid to the same person in the same area
 * (cl. 42, with links to this advocate's entries, and who of the office gave the rest) and the
 * paid-time caps (order 1462). Warnings only — the advocate decides; nothing here blocks saving.
 */
export function EntryChecks({
  values,
  entryId,
  ownerId,
  register,
}: {
  values: EntryFormValues;
  entryId?: string | undefined;
  /** The advocate writing the entry: the paid-time caps count only their own work. */
  ownerId: string;
  register: ConsultationRegisterPack | null;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const personIin = (values.represents ? values.representedIin : values.applicantIin).trim();
  const minutes = values.status === 'given' ? durationMinutes(values.startedAt, values.endedAt) : 0;

  const data = useLiveQuery(async () => {
    if (!isValidIin(personIin)) return null;
    const [person, day, office] = await Promise.all([
      repos.consultations.forPerson(personIin),
      repos.consultations.onDate(values.appliedDate, ownerId),
      officeAid.forPerson(personIin),
    ]);
    return { person, day, office };
  }, [personIin, values.appliedDate, ownerId]);
  if (!data) return null;

  const officeRepeats = data.office.filter(
    (a) => a.recordId !== entryId && a.issueAreaId === values.issueAreaId,
  );
  // A colleague's entry on a head's device is shown as theirs, not in the own list.
  const colleagues = new Set(data.office.map((a) => a.recordId));
  const repeats = data.person.filter(
    (r) =>
      r.id !== entryId &&
      r.issueAreaId === values.issueAreaId &&
      r.status === 'given' &&
      !colleagues.has(r.id),
  );
  const given = (rows: typeof data.day) =>
    rows
      .filter((r) => r.status === 'given')
      .map((r) => ({ id: r.id, iin: r.iinKey, date: r.date, minutes: r.durationMinutes }));
  const caps = register
    ? capWarnings(
        { id: entryId ?? 'new', iin: 'this-person', date: values.appliedDate, minutes },
        [
          // A head's device also holds colleagues' entries: caps are the advocate's own time.
          ...given(data.person.filter((r) => r.advocateId === ownerId)).map((r) => ({
            ...r,
            iin: 'this-person',
          })),
          ...given(data.day.filter((r) => !data.person.some((p) => p.id === r.id))),
        ],
        register.caps,
      )
    : [];
  if (repeats.length === 0 && officeRepeats.length === 0 && caps.length === 0) return null;

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
      {officeRepeats.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconUsers aria-hidden />}
          data-testid="office-repeats"
        >
          <Text size="sm">{t('aidMarks.entryRepeat')}</Text>
          <List size="sm" mt={4}>
            {officeRepeats.map((a) => (
              <List.Item key={a.recordId}>
                {t('aidMarks.givenBy', {
                  advocate: a.advocateName ?? t('aidMarks.anotherAdvocate'),
                  date: formatDate(a.date, locale),
                })}
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt={4}>
            {t('aidMarks.asOfSync')}
          </Text>
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
