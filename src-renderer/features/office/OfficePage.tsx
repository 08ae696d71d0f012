import { Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { useHashParams } from '../../app/use-hash-route';
import { repos } from '../../db';
import { useSync } from '../../sync/use-sync';
import { isOfficeHead } from './office-access';
import type { OfficeRegister } from './office-register';
import { OfficeEmpty } from './OfficeEmpty';
import { OfficeRecordDrawer, type OpenRecord } from './OfficeRecordDrawer';
import { OfficeRegisters } from './OfficeRegisters';
import { RosterTable } from './RosterTable';

/** The hash link that opens a record here, e.g. from a page that cannot change it. */
function linkedRecord(params: URLSearchParams): OpenRecord | null {
  const consultation = params.get('consultation');
  if (consultation) return { kind: 'consultation', id: consultation };
  const appointment = params.get('appointment');
  return appointment ? { kind: 'appointment', id: appointment } : null;
}

/**
 * The head's office view (issue 6): who of the office entered what this month and whose copy
 * is stale, the office's registers read-only, and one advocate's register printed. Shown to a
 * device signed in with a head's account; everyone's records arrive through the office server.
 */
export function OfficePage({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const head = isOfficeHead(useSync());
  const params = useHashParams();
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const [advocateId, setAdvocateId] = useState<string | null>(null);
  const [register, setRegister] = useState<OfficeRegister>('consultations');
  const [picked, setPicked] = useState<OpenRecord | null>(null);
  const data = useLiveQuery(
    async () => (head ? repos.office.monthSummary(month, todayIso()) : null),
    [head, month],
  );

  if (!head) return <OfficeEmpty signedInAsHead={false} />;
  if (!data)
    return (
      <Center h={200}>
        <Loader aria-label="…" />
      </Center>
    );
  // Until the first pull brings someone else's profile or records, there is no office to show.
  const hasOffice =
    data.advocates.some((a) => !a.own) || data.summary.some((s) => s.advocateId !== profile.id);
  if (!hasOffice) return <OfficeEmpty signedInAsHead />;

  const linked = linkedRecord(params);
  const open = picked ?? linked;
  const close = () => {
    setPicked(null);
    if (linked) location.hash = '#/office';
  };
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('office.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('office.intro')}
        </Text>
      </div>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={2} size="h4">
              {t('office.roster.title')}
            </Title>
            <MonthPickerInput
              label={t('office.month')}
              value={`${month}-01`}
              onChange={(v) => v && setMonth(v.slice(0, 7))}
              valueFormat="MMMM YYYY"
              w={180}
            />
          </Group>
          <RosterTable
            advocates={data.advocates}
            summary={data.summary}
            selected={advocateId}
            onSelect={setAdvocateId}
          />
          <Text size="xs" c="dimmed">
            {t('office.roster.hint')}
          </Text>
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <OfficeRegisters
          month={month}
          advocates={data.advocates}
          advocateId={advocateId}
          onAdvocate={setAdvocateId}
          register={register}
          onRegister={setRegister}
          profile={profile}
          onOpen={(l) => setPicked({ kind: l.kind, id: l.id })}
        />
      </Paper>

      <OfficeRecordDrawer
        record={open}
        names={new Map(data.advocates.map((a) => [a.id, a.profile.fullName]))}
        profile={profile}
        onClose={close}
      />
    </Stack>
  );
}
