import { Alert, Button, Group, Text } from '@mantine/core';
import { IconLink, IconRoute } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import { findPreviousStage } from '../../../src-shared/domain/appointments/continuity';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import type { AppointmentFormValues } from './appointment-form-values';

/**
 * cl. 4.3: the advocate who acted at the previous stage continues at the next. While the case
 * No. and the client are typed, the advocate's own earlier stage of the same case is found and
 * offered as the link; once linked, it is named.
 */
export function ContinuityHint({
  values,
  pack,
  ownerId,
  selfId,
  onLink,
}: {
  values: AppointmentFormValues;
  pack: DefenceRegisterPack;
  /** Whose register is searched for the earlier stage: the signed-in advocate's. */
  ownerId: string;
  selfId?: string | undefined;
  /** Absent when correcting: a stored appointment's link is not changed by a correction. */
  onLink?: ((id: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const lang = currentLocale() === 'ru' ? 'ru' : 'kk';
  const caseNumber = values.caseNumber.trim();
  const found = useLiveQuery(async () => {
    if (values.previousStageId) {
      const linked = await repos.appointments.get(values.previousStageId);
      return linked ? { linked: true, a: linked } : null;
    }
    if (caseNumber.length < 3 || !values.clientName.trim()) return null;
    const own = await repos.appointments.forCase(ownerId, caseNumber);
    const prev = findPreviousStage(
      {
        caseNumber,
        caseKind: values.caseKind,
        stageId: values.stageId,
        client: { fullName: values.clientName.trim(), iin: values.clientIin.trim() },
      },
      own,
      pack,
      selfId,
    );
    return prev ? { linked: false, a: prev } : null;
  }, [
    values.previousStageId,
    caseNumber,
    values.clientName,
    values.clientIin,
    values.stageId,
    values.caseKind,
    pack,
    ownerId,
    selfId,
  ]);
  if (!found) return null;
  const { a } = found;
  const stage = pack.stages.find((s) => s.id === a.stageId)?.label[lang] ?? a.stageId;
  const ref = { number: a.number, year: a.year };
  return (
    <Alert
      color={found.linked ? 'teal' : 'blue'}
      variant="light"
      icon={<IconRoute aria-hidden />}
      data-testid="continuity-hint"
    >
      <Text size="sm">
        {found.linked
          ? t('appointments.continuity.continues', { ...ref, stage })
          : t('appointments.continuity.found', { ...ref, stage })}
      </Text>
      <Group gap="sm" mt="xs">
        {found.linked ? (
          <>
            <Text size="sm" fw={600}>
              <IconLink size={14} aria-hidden /> {t('appointments.continuity.linked', ref)}
            </Text>
            {onLink && (
              <Button size="compact-xs" variant="subtle" onClick={() => onLink('')}>
                {t('appointments.continuity.unlink')}
              </Button>
            )}
          </>
        ) : (
          onLink && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconLink size={14} aria-hidden />}
              onClick={() => onLink(a.id)}
            >
              {t('appointments.continuity.link', ref)}
            </Button>
          )
        )}
      </Group>
    </Alert>
  );
}
