import { Drawer, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { repos } from '../../db';
import { useRulesOn } from '../../rules/use-rules-on';
import { EntryDetail } from '../consultations/EntryDetail';
import { OfficeAppointmentView } from './OfficeAppointmentView';

export interface OpenRecord {
  kind: 'consultation' | 'appointment';
  id: string;
}

/**
 * One record of the office, read-only: a consultation through the register's own detail
 * (no action handlers are given, so none is offered), an appointment through its read-only
 * view; with the name of the advocate whose record it is (`names`: id → full name).
 */
export function OfficeRecordDrawer({
  record,
  names,
  profile,
  onClose,
}: {
  record: OpenRecord | null;
  names: ReadonlyMap<string, string>;
  profile: Profile;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const rules = useRulesOn(todayIso());
  const ownerId = useLiveQuery(async () => {
    if (!record) return undefined;
    const r =
      record.kind === 'consultation'
        ? await repos.consultations.get(record.id)
        : await repos.appointments.get(record.id);
    return r?.advocateId;
  }, [record?.kind, record?.id]);
  const advocateName = ownerId ? (names.get(ownerId) ?? t('office.roster.unknown')) : undefined;
  return (
    <Drawer
      opened={!!record}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('office.detail.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {record && (
        <Stack gap="sm" data-testid="office-record">
          {advocateName && (
            <Text size="sm">{t('office.detail.advocate', { name: advocateName })}</Text>
          )}
          {record.kind === 'consultation' ? (
            <EntryDetail entryId={record.id} pack={rules.eligibility} ownerId={profile.id} />
          ) : (
            <OfficeAppointmentView id={record.id} ownerId={profile.id} />
          )}
        </Stack>
      )}
    </Drawer>
  );
}
