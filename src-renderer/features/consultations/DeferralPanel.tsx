import {
  Alert,
  Button,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from '../../i18n/translate';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import type { WorkingCalendar } from '../../../src-shared/domain/calendar/working-days';
import {
  deferralWindow,
  isWithinDeferral,
  proposeAppointment,
} from '../../../src-shared/domain/consultations/deferral';
import { deferralNotice } from '../../../src-shared/domain/consultations/deferral-notice';
import { formatDate } from '../../../src-shared/i18n/format';
import { IsoDateInput } from '../../components/IsoDateInput';
import { currentLocale } from '../../i18n/i18n';
import type { EntryFormValues } from './entry-form-values';

/** Rules cl. 41: the appointment within N working days, and the notice for the person. */
export function DeferralPanel({
  form,
  calendar,
  maxWorkingDays,
  profile,
}: {
  form: UseFormReturnType<EntryFormValues>;
  calendar: WorkingCalendar;
  maxWorkingDays: number;
  profile: Profile;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const v = form.values;
  const appliedAt = `${v.appliedDate}T${v.appliedTime}`;
  const window = deferralWindow(calendar, appliedAt, maxWorkingDays);
  const appointmentAt = v.appointmentDate
    ? `${v.appointmentDate}T${v.appointmentTime || '10:00'}`
    : '';
  const outside =
    appointmentAt !== '' && !isWithinDeferral(calendar, appliedAt, appointmentAt, maxWorkingDays);
  const person = v.represents ? v.representedName : v.applicantName;
  const notice = appointmentAt
    ? deferralNotice(
        {
          personName: person,
          appointmentAt,
          office: profile.office,
          advocateName: profile.fullName,
          advocatePhone: profile.phone,
        },
        v.language,
      )
    : '';

  return (
    <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {t('register.form.window', {
            days: maxWorkingDays,
            from: formatDate(window.earliest, locale),
            to: formatDate(window.latest, locale),
          })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <IsoDateInput
            label={t('register.form.appointmentAt')}
            withAsterisk
            minDate={v.appliedDate}
            value={v.appointmentDate}
            onChange={(d) => form.setFieldValue('appointmentDate', d)}
            error={form.errors['appointmentDate']}
          />
          <TimeInput label={t('register.form.time')} {...form.getInputProps('appointmentTime')} />
          <Button
            variant="light"
            mt={24}
            onClick={() => {
              const [d, time] = proposeAppointment(calendar, appliedAt, maxWorkingDays).split('T');
              form.setFieldValue('appointmentDate', d!);
              form.setFieldValue('appointmentTime', time!);
            }}
          >
            {t('register.form.propose')}
          </Button>
        </SimpleGrid>
        {outside && (
          <Alert color="red" variant="light" data-testid="deferral-outside">
            {t('register.form.outsideWindow', { days: maxWorkingDays })}
          </Alert>
        )}
        {notice && (
          <Group align="flex-end" wrap="nowrap">
            <Textarea
              label={t('register.form.notice')}
              value={notice}
              readOnly
              autosize
              minRows={2}
              style={{ flex: 1 }}
              data-testid="deferral-notice"
            />
            <CopyButton value={notice}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('register.form.copied') : t('register.form.copyNotice')}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
