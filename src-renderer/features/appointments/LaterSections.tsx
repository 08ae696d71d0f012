/**
 * What may happen once the defence is under way: a paid advocate appears (cl. 44–46), the
 * client refuses the defender (UPK 69), the appointment passes to another advocate with
 * permission (cl. 27(2)), and the defence ends (completion). Each opens on demand, so the page
 * stays short for the usual case.
 */
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
import { useTranslation } from 'react-i18next';
import {
  notificationMethods,
  type Appointment,
  type NotificationMethod,
} from '../../../src-shared/contracts/entities/appointment';
import {
  canComplete,
  canNotify,
  canRecordPaidAdvocate,
  canRecordRefusal,
  canTransfer,
} from '../../../src-shared/domain/appointments/lifecycle';
import { refusalWarnings } from '../../../src-shared/domain/appointments/pack-lookups';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import type { PaidAdvocateStep } from '../../../src-shared/rules/pack-schema';
import { formatDate } from '../../../src-shared/i18n/format';
import { IsoDateInput } from '../../components/IsoDateInput';
import { UnverifiedBadge } from '../../components/UnverifiedBadge';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { DateTimeFields, joinAt } from './DateTimeFields';
import { atText, packLabel, type SectionProps } from './detail-shared';
import { PackSelect } from './PackSelect';
import { Section } from './Section';
import { localNow, useRepoAction } from './use-repo-action';

const splitAt = (s: string) => ({ date: s.slice(0, 10), time: s.slice(11, 16) });
const atField = (names: Record<string, string>) => (p: readonly PropertyKey[]) =>
  names[String(p[0])] ?? String(p[0]);

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
  const notifyForm = useForm({
    mode: 'controlled',
    initialValues: {
      kind: 'paid-advocate-notified' as 'paid-advocate-notified' | 'collegium-notified',
      date: now.slice(0, 10),
      time: now.slice(11),
      method: 'phone' as NotificationMethod,
      recipient: p?.fullName ?? '',
    },
  });
  const { busy, run } = useRepoAction();
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
        field: atField({ learnedAt: 'learnedDate', clientInformedAt: 'informedDate' }),
        success: t('appointments.paid.saved'),
      },
    );
    if (r) setOpened(false);
  };
  const addNotification = () => {
    const n = notifyForm.values;
    return run(
      () =>
        repos.appointments.addNotification(
          a.id,
          {
            kind: n.kind,
            at: joinAt(n.date, n.time),
            method: n.method,
            recipient: n.recipient,
          },
          profile.id,
        ),
      {
        form: notifyForm,
        field: atField({ at: 'date' }),
        success: t('appointments.notice.notified'),
      },
    );
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
                  {t(`appointments.notificationKinds.${n.kind}`)}:{' '}
                  {t('appointments.notice.notificationItem', {
                    at: atText(n.at, locale),
                    method: t(`appointments.methods.${n.method}`),
                    recipient: n.recipient,
                  })}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      {canRecordPaidAdvocate(a) && !opened && (
        <Group>
          <Button variant="light" onClick={() => setOpened(true)}>
            {p ? t('appointments.paid.update') : t('appointments.paid.record')}
          </Button>
        </Group>
      )}
      {opened && (
        <Stack gap="xs" data-testid="paid-form">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('appointments.paid.fullName')}
              withAsterisk
              {...form.getInputProps('fullName')}
            />
            <DateTimeFields
              label={t('appointments.paid.learnedAt')}
              dateLabel={t('appointments.form.date')}
              timeLabel={t('appointments.form.time')}
              date={v.learnedDate}
              time={v.learnedTime}
              onDate={(d) => form.setFieldValue('learnedDate', d)}
              onTime={(x) => form.setFieldValue('learnedTime', x)}
              error={form.errors['learnedDate']}
            />
          </SimpleGrid>
          <TextInput label={t('appointments.paid.reason')} {...form.getInputProps('reason')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateTimeFields
              label={t('appointments.paid.clientInformedAt')}
              dateLabel={t('appointments.form.date')}
              timeLabel={t('appointments.form.time')}
              date={v.informedDate}
              time={v.informedTime}
              onDate={(d) => form.setFieldValue('informedDate', d)}
              onTime={(x) => form.setFieldValue('informedTime', x)}
              error={form.errors['informedDate']}
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
          <Group>
            <Button loading={busy} onClick={() => void save()}>
              {t('appointments.paid.save')}
            </Button>
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('appointments.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
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
              {...notifyForm.getInputProps('kind')}
            />
            <TextInput
              label={t('appointments.notice.recipient')}
              withAsterisk
              {...notifyForm.getInputProps('recipient')}
            />
            <DateTimeFields
              label={t('appointments.notice.notifiedAt')}
              dateLabel={t('appointments.form.date')}
              timeLabel={t('appointments.form.time')}
              date={notifyForm.values.date}
              time={notifyForm.values.time}
              onDate={(d) => notifyForm.setFieldValue('date', d)}
              onTime={(x) => notifyForm.setFieldValue('time', x)}
              error={notifyForm.errors['date']}
            />
            <Select
              label={t('appointments.notice.method')}
              allowDeselect={false}
              data={notificationMethods.map((m) => ({
                value: m,
                label: t(`appointments.methods.${m}`),
              }))}
              {...notifyForm.getInputProps('method')}
            />
          </SimpleGrid>
          <Group>
            <Button variant="default" loading={busy} onClick={() => void addNotification()}>
              {t('appointments.notice.markNotified')}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}

export function RefusalSection({ a, pack, profile }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const [opened, setOpened] = useState(false);
  const now = localNow();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      date: now.slice(0, 10),
      time: now.slice(11),
      form: 'written',
      reason: '',
      outcome: 'pending',
    },
  });
  const { busy, run } = useRepoAction();
  const r = a.clientRefusal;
  if (!r && !canRecordRefusal(a)) return null;
  const warnings = refusalWarnings(a.mandatoryGrounds, pack);
  const v = form.values;
  const save = async () => {
    const saved = await run(
      () =>
        repos.appointments.recordClientRefusal(
          a.id,
          {
            at: joinAt(v.date, v.time),
            form: v.form as 'written',
            reason: v.reason,
            outcome: v.outcome as 'pending',
          },
          warnings.map((w) => w.id),
          profile.id,
        ),
      { form, field: atField({ at: 'date' }), success: t('appointments.refusal.saved') },
    );
    if (saved) setOpened(false);
  };
  return (
    <Section title={t('appointments.refusal.title')} testId="refusal">
      {r && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('appointments.refusal.recorded', {
              at: atText(r.at, locale),
              form: t(`appointments.refusal.forms.${r.form}`),
              outcome: t(`appointments.refusal.outcomes.${r.outcome}`),
            })}
          </Text>
          {r.reason && <Text size="sm">{r.reason}</Text>}
        </Stack>
      )}
      {canRecordRefusal(a) && !opened && (
        <Group>
          <Button variant="light" color="gray" onClick={() => setOpened(true)}>
            {t('appointments.refusal.record')}
          </Button>
        </Group>
      )}
      {opened && (
        <Stack gap="xs" data-testid="refusal-form">
          {warnings.length > 0 && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('appointments.refusal.warningsTitle')}
              data-testid="refusal-warnings"
            >
              <List size="sm">
                {warnings.map((w) => (
                  <List.Item key={w.id}>
                    {w.warning[lang]} {!w.verified && <UnverifiedBadge note={w.note} />}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Alert color="yellow" variant="light" p="xs">
            {t('appointments.refusal.moneyNote')}
          </Alert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateTimeFields
              label={t('appointments.refusal.at')}
              dateLabel={t('appointments.form.date')}
              timeLabel={t('appointments.form.time')}
              date={v.date}
              time={v.time}
              onDate={(d) => form.setFieldValue('date', d)}
              onTime={(x) => form.setFieldValue('time', x)}
              error={form.errors['date']}
            />
            <Select
              label={t('appointments.refusal.form')}
              allowDeselect={false}
              data={(['written', 'protocol'] as const).map((f) => ({
                value: f,
                label: t(`appointments.refusal.forms.${f}`),
              }))}
              {...form.getInputProps('form')}
            />
          </SimpleGrid>
          <TextInput label={t('appointments.refusal.reason')} {...form.getInputProps('reason')} />
          <Select
            label={t('appointments.refusal.outcome')}
            allowDeselect={false}
            data={(['pending', 'accepted', 'not-accepted'] as const).map((o) => ({
              value: o,
              label: t(`appointments.refusal.outcomes.${o}`),
            }))}
            {...form.getInputProps('outcome')}
          />
          <Group>
            <Button color="red" variant="light" loading={busy} onClick={() => void save()}>
              {t('appointments.refusal.save')}
            </Button>
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('appointments.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}

export function TransferSection({ a, pack, profile }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const [opened, setOpened] = useState(false);
  const now = localNow();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      toAdvocate: '',
      reasonId: '',
      note: '',
      permittedBy: '',
      date: now.slice(0, 10),
      time: now.slice(11),
      permission: '',
    },
  });
  const { busy, run } = useRepoAction();
  const tr = a.transfer;
  if (!tr && !canTransfer(a)) return null;
  const v = form.values;
  const save = () =>
    run(
      () =>
        repos.appointments.transfer(
          a.id,
          {
            toAdvocate: v.toAdvocate,
            reasonId: v.reasonId,
            note: v.note,
            permittedBy: v.permittedBy,
            permittedAt: joinAt(v.date, v.time),
            permission: v.permission,
          },
          profile.id,
        ),
      { form, field: atField({ permittedAt: 'date' }), success: t('appointments.transfer.saved') },
    );
  return (
    <Section title={t('appointments.transfer.title')} done={!!tr} testId="transfer">
      {tr ? (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('appointments.transfer.recorded', {
              to: tr.toAdvocate,
              by: tr.permittedBy,
              at: atText(tr.permittedAt, locale),
            })}
          </Text>
          <Text size="sm">
            {packLabel(pack.replacementReasons, tr.reasonId, lang)} · {tr.permission}
            {tr.note ? ` · ${tr.note}` : ''}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('appointments.transfer.intro')}
        </Text>
      )}
      {canTransfer(a) && !opened && (
        <Group>
          <Button variant="light" color="grape" onClick={() => setOpened(true)}>
            {t('appointments.transfer.record')}
          </Button>
        </Group>
      )}
      {opened && (
        <Stack gap="xs" data-testid="transfer-form">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('appointments.transfer.toAdvocate')}
              withAsterisk
              {...form.getInputProps('toAdvocate')}
            />
            <PackSelect
              label={t('appointments.transfer.reason')}
              withAsterisk
              lang={lang}
              items={pack.replacementReasons}
              value={v.reasonId}
              onChange={(x) => form.setFieldValue('reasonId', x ?? '')}
              error={form.errors['reasonId']}
            />
            <TextInput
              label={t('appointments.transfer.permittedBy')}
              withAsterisk
              {...form.getInputProps('permittedBy')}
            />
            <DateTimeFields
              label={t('appointments.transfer.permittedAt')}
              dateLabel={t('appointments.form.date')}
              timeLabel={t('appointments.form.time')}
              date={v.date}
              time={v.time}
              onDate={(d) => form.setFieldValue('date', d)}
              onTime={(x) => form.setFieldValue('time', x)}
              error={form.errors['date']}
            />
          </SimpleGrid>
          <TextInput
            label={t('appointments.transfer.permission')}
            withAsterisk
            {...form.getInputProps('permission')}
          />
          <TextInput label={t('appointments.transfer.note')} {...form.getInputProps('note')} />
          <Group>
            <Button color="grape" loading={busy} onClick={() => void save()}>
              {t('appointments.transfer.save')}
            </Button>
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('appointments.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}

export function CompletionSection({ a, profile, step }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const form = useForm({
    mode: 'controlled',
    initialValues: { date: todayIso(), finalDocument: '', note: '' },
  });
  const { busy, run } = useRepoAction();
  const c = a.completion;
  if (!c && !canComplete(a)) return null;
  return (
    <Section step={step} title={t('appointments.completion.title')} done={!!c} testId="completion">
      {c ? (
        <Text size="sm" fw={600} data-testid="completion-recorded">
          {t('appointments.completion.recorded', {
            date: formatDate(c.date, locale),
            document: c.finalDocument,
          })}
          {c.note ? ` · ${c.note}` : ''}
        </Text>
      ) : (
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <IsoDateInput
              label={t('appointments.completion.date')}
              withAsterisk
              value={form.values.date}
              onChange={(d) => form.setFieldValue('date', d)}
              error={form.errors['date']}
            />
            <TextInput
              label={t('appointments.completion.finalDocument')}
              description={t('appointments.completion.finalDocumentHint')}
              withAsterisk
              style={{ gridColumn: 'span 2' }}
              {...form.getInputProps('finalDocument')}
            />
          </SimpleGrid>
          <TextInput label={t('appointments.completion.note')} {...form.getInputProps('note')} />
          <Group>
            <Button
              loading={busy}
              onClick={() =>
                void run(() => repos.appointments.complete(a.id, form.values, profile.id), {
                  form,
                  success: t('appointments.completion.saved'),
                })
              }
            >
              {t('appointments.completion.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Section>
  );
}
