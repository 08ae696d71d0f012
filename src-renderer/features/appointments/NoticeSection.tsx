import {
  Alert,
  Button,
  Divider,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBell, IconFileText, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { canIssueNotice, canNotify } from '../../../src-shared/domain/appointments/lifecycle';
import { formatDate } from '../../../src-shared/i18n/format';
import type { EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { notify } from '../../app/notify';
import { IsoDateInput } from '../../components/IsoDateInput';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import type { SectionProps } from './detail-shared';
import { NotificationRecipient, NotificationWhenHow } from './NotificationFields';
import { NotificationSummary } from './NotificationSummary';
import { saveNoticePdf } from './print-appointments';
import { Section } from './Section';
import { useNotificationForm } from './use-notification-form';
import { useRepoAction } from './use-repo-action';

const LANG_TAG = { kk: 'ҚАЗ', ru: 'РУС' } as const;

/** cl. 9, UPK 68(8): the notice of defence, its PDF, and the body notified (cl. 47). */
export function NoticeSection({
  a,
  pack,
  profile,
  eligibility,
  step,
}: SectionProps & { eligibility: EligibilityPack | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [another, setAnother] = useState(false);
  const noticeForm = useForm({
    mode: 'controlled',
    initialValues: { date: todayIso(), addressee: a.decree.body },
  });
  const { busy, run } = useRepoAction();
  const notification = useNotificationForm(
    { a, profile, run },
    { kind: 'body-notified', method: 'ezk', recipient: a.decree.body },
  );
  const last = a.notices.at(-1);
  const bodyNotified = a.notifications.some((n) => n.kind === 'body-notified');

  const issue = async () => {
    const r = await run(() => repos.appointments.issueNotice(a.id, noticeForm.values, profile.id), {
      form: noticeForm,
    });
    if (r) {
      notify('success', t('appointments.notice.issued', { number: r.notice.number }));
      setAnother(false);
    }
  };
  const markNotified = () =>
    notification.save({
      note: notification.form.values.note,
      ...(last ? { noticeId: last.id } : {}),
    });
  const savePdf = async (noticeId: string, l: 'kk' | 'ru') => {
    try {
      const r = await saveNoticePdf(a, noticeId, pack, eligibility, profile, l);
      if (r.ok && r.value?.saved) notify('success', t('appointments.printed'));
    } catch (error) {
      console.error('notice PDF failed', error);
      notify('error', t('appointments.printFailed'));
    }
  };

  return (
    <Section
      step={step}
      title={t('appointments.notice.title')}
      done={a.notices.length > 0 && bodyNotified}
      testId="notice"
    >
      <Text size="sm" c="dimmed">
        {t('appointments.notice.intro')}
      </Text>
      {a.notices.length === 0 && <Text size="sm">{t('appointments.notice.none')}</Text>}
      {a.notices.map((n) => (
        <Group key={n.id} justify="space-between" data-testid="notice-item">
          <Group gap="xs">
            <IconFileText size={18} aria-hidden />
            <Text size="sm" fw={600}>
              {t('appointments.notice.item', {
                number: `${n.number}/${n.year}`,
                date: formatDate(n.date, locale),
                addressee: n.addressee,
              })}
            </Text>
          </Group>
          <Group gap="xs">
            {(['kk', 'ru'] as const).map((l) => (
              <Button
                key={l}
                size="xs"
                variant="default"
                leftSection={<IconPrinter size={14} aria-hidden />}
                onClick={() => void savePdf(n.id, l)}
              >
                {t('appointments.notice.savePdf', { lang: LANG_TAG[l] })}
              </Button>
            ))}
          </Group>
        </Group>
      ))}
      {canIssueNotice(a) && (a.notices.length === 0 || another) && (
        <Stack gap="xs" data-testid="notice-form">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <IsoDateInput
              label={t('appointments.notice.date')}
              withAsterisk
              value={noticeForm.values.date}
              onChange={(d) => noticeForm.setFieldValue('date', d)}
              error={noticeForm.errors['date']}
            />
            <TextInput
              label={t('appointments.notice.addressee')}
              withAsterisk
              style={{ gridColumn: 'span 2' }}
              {...noticeForm.getInputProps('addressee')}
            />
          </SimpleGrid>
          <Group>
            <Button loading={busy} onClick={() => void issue()}>
              {t('appointments.notice.issue')}
            </Button>
          </Group>
        </Stack>
      )}
      {canIssueNotice(a) && a.notices.length > 0 && !another && (
        <Group>
          <Button size="xs" variant="subtle" onClick={() => setAnother(true)}>
            {t('appointments.notice.another')}
          </Button>
        </Group>
      )}

      {a.notices.length > 0 && (
        <>
          <Divider />
          <Text size="sm" fw={600}>
            {t('appointments.notice.notifyTitle')}
          </Text>
          {!bodyNotified && (
            <Alert color="orange" variant="light" p="xs" icon={<IconBell aria-hidden />}>
              {t('appointments.notice.notNotified')}
            </Alert>
          )}
          {a.notifications.length > 0 && (
            <List size="sm" data-testid="notifications">
              {a.notifications.map((n) => (
                <List.Item key={n.id}>
                  <NotificationSummary n={n} withNote />
                </List.Item>
              ))}
            </List>
          )}
          {canNotify(a) && (
            <Stack gap="xs" data-testid="notify-form">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NotificationWhenHow form={notification.form} methodRequired />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NotificationRecipient form={notification.form} />
                <TextInput
                  label={t('appointments.notice.note')}
                  {...notification.form.getInputProps('note')}
                />
              </SimpleGrid>
              <Group>
                <Button
                  variant={bodyNotified ? 'default' : 'filled'}
                  loading={busy}
                  onClick={() => void markNotified()}
                >
                  {t('appointments.notice.markNotified')}
                </Button>
              </Group>
            </Stack>
          )}
        </>
      )}
    </Section>
  );
}
