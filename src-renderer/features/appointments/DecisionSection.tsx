import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { declineGround } from '../../../src-shared/domain/appointments/pack-lookups';
import { acceptBlockers, canDecline } from '../../../src-shared/domain/appointments/lifecycle';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { AtFields } from './AtFields';
import { joinAt } from './DateTimeFields';
import { atText, type SectionProps } from './detail-shared';
import { PackSelect } from './PackSelect';
import { Section } from './Section';
import { fieldFor, useAtForm } from './use-at-form';
import { useRepoAction } from './use-repo-action';

/** Accept once nothing blocks it; decline only on a cl. 36 ground from the pack. */
export function DecisionSection({ a, pack, profile, step }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const conflictGround =
    pack.declineGrounds.find((g) => g.kind === 'conflict-of-interest')?.id ?? '';
  const [declining, setDeclining] = useState(false);
  const conflictDecided = a.conflictCheck?.decision === 'conflict';
  const acceptForm = useAtForm({});
  const declineForm = useAtForm({ groundId: '', details: '' });
  const { busy, run } = useRepoAction();
  const blockers = acceptBlockers(a);
  const atField = fieldFor({ at: 'date' });

  const accept = () =>
    run(
      () =>
        repos.appointments.accept(
          a.id,
          { at: joinAt(acceptForm.values.date, acceptForm.values.time) },
          profile.id,
        ),
      { form: acceptForm, field: atField, success: t('appointments.decision.acceptedToast') },
    );
  // A recorded conflict of interest proposes its own ground (cl. 36) and opens the form.
  const groundId = declineForm.values.groundId || (conflictDecided ? conflictGround : '');
  const showDecline = declining || conflictDecided;
  const decline = () => {
    const d = { ...declineForm.values, groundId };
    return run(
      () =>
        repos.appointments.decline(
          a.id,
          { at: joinAt(d.date, d.time), groundId: d.groundId, details: d.details },
          pack.declineGrounds.map((g) => g.id),
          profile.id,
        ),
      { form: declineForm, field: atField, success: t('appointments.decision.declinedToast') },
    );
  };

  const decided = a.decision;
  const ground = decided?.groundId ? declineGround(pack, decided.groundId) : undefined;
  const chosen = declineGround(pack, groundId);
  return (
    <Section
      step={step}
      title={t('appointments.decision.title')}
      done={!!decided}
      testId="decision"
    >
      {decided?.kind === 'accepted' && (
        <Text size="sm" fw={600} c="blue.8">
          <IconCheck size={14} aria-hidden />{' '}
          {t('appointments.decision.accepted', { at: atText(decided.at, locale) })}
        </Text>
      )}
      {decided?.kind === 'declined' && (
        <Alert color="red" variant="light" p="xs">
          <Text size="sm" fw={600}>
            {t('appointments.decision.declined', {
              at: atText(decided.at, locale),
              ground: ground?.label[lang] ?? decided.groundId,
            })}
          </Text>
          {decided.details && <Text size="sm">{decided.details}</Text>}
        </Alert>
      )}
      {a.state === 'received' && (
        <Stack gap="xs">
          {blockers.length > 0 && (
            <Alert color="orange" variant="light" p="xs" data-testid="accept-blockers">
              <Text size="sm" fw={600}>
                {t('appointments.decision.blockersTitle')}
              </Text>
              <List size="sm">
                {blockers.map((b) => (
                  <List.Item key={b}>{t(`appointments.decision.blockers.${b}`)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group align="flex-end">
            <div style={{ maxWidth: 360 }}>
              <AtFields form={acceptForm} label={t('appointments.decision.at')} />
            </div>
            <Button
              color="blue"
              leftSection={<IconCheck size={16} aria-hidden />}
              disabled={blockers.length > 0}
              loading={busy}
              onClick={() => void accept()}
            >
              {t('appointments.decision.accept')}
            </Button>
          </Group>
        </Stack>
      )}
      {canDecline(a) && !showDecline && (
        <Group>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => setDeclining(true)}
          >
            {t('appointments.decision.openDecline')}
          </Button>
        </Group>
      )}
      {canDecline(a) && showDecline && (
        <Stack gap="xs" data-testid="decline-form">
          <Text size="sm" fw={600}>
            {t('appointments.decision.declineTitle')}
          </Text>
          <PackSelect
            label={t('appointments.decision.ground')}
            withAsterisk
            lang={lang}
            items={pack.declineGrounds}
            value={groundId}
            onChange={(g) => declineForm.setFieldValue('groundId', g ?? '')}
            error={declineForm.errors['groundId']}
          />
          {chosen && (
            <Text size="sm" c="dimmed">
              {chosen.explanation[lang]}
            </Text>
          )}
          <Textarea
            label={t('appointments.decision.details')}
            withAsterisk
            autosize
            minRows={2}
            {...declineForm.getInputProps('details')}
          />
          <div style={{ maxWidth: 360 }}>
            <AtFields form={declineForm} label={t('appointments.decision.at')} />
          </div>
          <Group>
            <Button color="red.9" loading={busy} onClick={() => void decline()}>
              {t('appointments.decision.decline')}
            </Button>
            {!conflictDecided && (
              <Button variant="default" onClick={() => setDeclining(false)}>
                {t('appointments.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Section>
  );
}
