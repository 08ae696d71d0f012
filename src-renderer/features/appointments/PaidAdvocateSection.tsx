/** cl. 44–46: a paid advocate appears in the same case; what the pack says to do then. */
import {
  Alert,
  Button,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { Appointment } from '../../../src-shared/contracts/entities/appointment';
import {
  canNotify,
  canRecordPaidAdvocate,
} from '../../../src-shared/domain/appointments/lifecycle';
import type { PaidAdvocateStep } from '../../../src-shared/rules/pack-schema';
import { UnverifiedBadge } from '../../components/UnverifiedBadge';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { AtFields } from './AtFields';
import { CollapsibleForm } from './CollapsibleForm';
import { joinAt } from './DateTimeFields';
import { atText, type SectionProps } from './detail-shared';
import { Section } from './Section';
import { NotificationRecipient, NotificationWhenHow } from './NotificationFields';
import { NotificationSummary } from './NotificationSummary';
import { fieldFor } from './use-at-form';
import { useNotificationForm } from './use-notification-form';
import { localNow, useRepoAction } from './use-repo-action';

const splitAt = (s: string) => ({ date: s.slice(0, 10), time: s.slice(11, 16) });

/** Which of the pack's cl. 44–46 steps the record shows as done (the pack says by what). */
function stepDone(step: PaidAdvocateStep, a: Appointment): boolean {
  const p = a.paidAdvocate;
  switch (step.doneWhen) {
    case 'reason-found':
      return !!p?.reason;
    case 'paid-advocate-recorded':
      return !!p;
    case 'client-informed':
      return !!p?.clientInformedAt;
    case 'notified':
      return a.notifications.some(
        (n) => n.kind === 'paid-advocate-notified' || n.kind === 'collegium-notified',
      );
  }
}

export function PaidAdvocateSection({ a, pack, profile }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const [opened, setOpened] = useState(false);
  const now = localNow();
  const p = a.paidAdvocate;
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      fullName: p?.fullName ?? '',
      ...(() => {
        const l = splitAt(p?.learnedAt ?? now);
        return { learnedDate: l.date, learnedTime: l.time };
      })(),
      reason: p?.reason ?? '',
      informedDate: p?.clientInformedAt.slice(0, 10) ?? '',
      informedTime: p?.clientInformedAt.slice(11, 16) ?? '',
      clientChoice: p?.clientChoice ?? 'undecided',
    },
  });
  const { busy, run } = useRepoAction();
  const notification = useNotificationForm(
    { a, profile, run },
    { kind: 'paid-advocate-notified', method: 'phone', recipient: p?.fullName ?? '' },
  );
  if (!p && !canRecordPaidAdvocate(a)) return null;

  const v = form.values;
  const save = async () => {
    const r = await run(
      () =>
        repos.appointments.recordPaidAdvocate(
          a.id,
          {
            fullName: v.fullName,
            learnedAt: joinAt(v.learnedDate, v.learnedTime),
            reason: v.reason,
            clientInformedAt: joinAt(v.informedDate, v.informedTime || '00:00'),
            clientChoice: v.clientChoice as 'undecided',
          },
          profile.id,
        ),
      {
        form,
        field: fieldFor({ learnedAt: 'learnedDate', clientInformedAt: 'informedDate' }),
        success: t('appointments.paid.saved'),
      },
    );
    if (r) setOpened(false);
  };
  const paidNotices = a.notifications.filter((n) => n.kind !== 'body-notified');

  return (
    <Section title={t('appointments.paid.title')} testId="paid-advocate">
      <Text size="sm" c="dimmed">
        {t('appointments.paid.intro')}
      </Text>
      {p && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {p.fullName} · {atText(p.learnedAt, locale)}
          </Text>
          {p.reason && <Text size="sm">{p.reason}</Text>}
          <Text size="sm">
            {t('appointments.paid.clientInformedAt')}:{' '}
            {p.clientInformedAt
              ? atText(p.clientInformedAt, locale)
              : t('appointments.paid.notInformed')}
            {' · '}
            {t(`appointments.paid.choices.${p.clientChoice}`)}
          </Text>
          {!p.clientInformedAt && (
            <Alert color="orange" variant="light" p="xs" icon={<IconAlertTriangle aria-hidden />}>
              {t('appointments.reminders.paidNotInformed', {
                number: `${a.number}/${a.year}`,
                client: a.client.fullName,
              })}
            </Alert>
          )}
          <Text size="sm" fw={600} mt="xs">
            {t('appointments.paid.steps')}
          </Text>
          <List spacing={4} size="sm" center>
            {pack.paidAdvocateSteps.map((s) => {
              const done = stepDone(s, a);
              return (
                <List.Item
                  key={s.id}
                  icon={
                    <ThemeIcon
                      size={18}
                      radius="xl"
                      color={done ? 'green' : 'gray'}
                      variant={done ? 'filled' : 'light'}
                    >
                      {done ? (
                        <IconCheck size={12} aria-label={t('appointments.paid.stepDone')} />
                      ) : (
                        <IconCircleDashed size={12} aria-hidden />
                      )}
                    </ThemeIcon>
                  }
                >
                  {s.label[lang]} {!s.verified && <UnverifiedBadge note={s.note} />}
                </List.Item>
              );
            })}
          </List>
          {paidNotices.length > 0 && (
            <List size="sm" mt="xs">
              {paidNotices.map((n) => (
                <List.Item key={n.id}>
                  <NotificationSummary n={n} />
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      <CollapsibleForm
        canOpen={canRecordPaidAdvocate(a)}
        opened={opened}
        onOpenChange={setOpened}
        openLabel={p ? t('appointments.paid.update') : t('appointments.paid.record')}
        testId="paid-form"
        saveLabel={t('appointments.paid.save')}
        busy={busy}
        onSave={save}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('appointments.paid.fullName')}
            withAsterisk
            {...form.getInputProps('fullName')}
          />
          <AtFields
            form={form}
            label={t('appointments.paid.learnedAt')}
            fields={['learnedDate', 'learnedTime']}
          />
        </SimpleGrid>
        <TextInput label={t('appointments.paid.reason')} {...form.getInputProps('reason')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <AtFields
            form={form}
            label={t('appointments.paid.clientInformedAt')}
            fields={['informedDate', 'informedTime']}
            required={false}
          />
          <Select
            label={t('appointments.paid.clientChoice')}
            allowDeselect={false}
            data={(['undecided', 'keeps-sgla', 'refuses-sgla'] as const).map((c) => ({
              value: c,
              label: t(`appointments.paid.choices.${c}`),
            }))}
            {...form.getInputProps('clientChoice')}
          />
        </SimpleGrid>
      </CollapsibleForm>
      {p && canNotify(a) && (
        <Stack gap="xs" data-testid="paid-notify-form">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('appointments.paid.whom')}
              allowDeselect={false}
              data={(['paid-advocate-notified', 'collegium-notified'] as const).map((k) => ({
                value: k,
                label: t(`appointments.notificationKinds.${k}`),
              }))}
              {...notification.form.getInputProps('kind')}
            />
            <NotificationRecipient form={notification.form} />
            <NotificationWhenHow form={notification.form} />
          </SimpleGrid>
          <Group>
            <Button variant="default" loading={busy} onClick={() => void notification.save()}>
              {t('appointments.notice.markNotified')}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}
