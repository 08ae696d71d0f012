import {
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconWand } from '@tabler/icons-react';
import { dutyKinds } from '../../../src-shared/contracts/entities/duty-roster';
import {
  scheduleSetupSchema,
  type ScheduleSetupInput,
} from '../../../src-shared/contracts/entities/duty-schedule';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { zodFormErrors } from '../../forms/zod-form';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { monthTitle } from './duty-labels';

interface Values {
  responsibleName: string;
  responsiblePhone: string;
  weekendDuty: boolean;
  pretrial: number;
  court: number;
  consultation: number;
}

const toInput = (month: string, v: Values): ScheduleSetupInput => ({
  month,
  responsibleName: v.responsibleName,
  responsiblePhone: v.responsiblePhone,
  settings: {
    weekendDuty: v.weekendDuty,
    perDay: { pretrial: v.pretrial, court: v.court, consultation: v.consultation },
  },
});

/** cl. 21: who is responsible (printed with their phone) and how many are on duty per day. */
export function ScheduleSetupForm(props: {
  month: string;
  profile: Profile;
  busy: boolean;
  onCreate: (setup: ScheduleSetupInput) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: {
      responsibleName: props.profile.fullName,
      responsiblePhone: props.profile.phone,
      weekendDuty: false,
      pretrial: 1,
      court: 1,
      consultation: 1,
    },
    validate: (v) => {
      const errors = zodFormErrors(scheduleSetupSchema, toInput(props.month, v), t);
      return Object.fromEntries(
        Object.entries(errors).map(([k, msg]) => [k.replace(/^settings\.perDay\./, ''), msg]),
      );
    },
  });
  return (
    <Paper withBorder p="md" maw={760}>
      <form
        onSubmit={form.onSubmit((v) => props.onCreate(toInput(props.month, v)))}
        aria-label={t('duty.schedule.setupTitle', {
          month: monthTitle(props.month, currentLocale()),
        })}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('duty.schedule.setupTitle', { month: monthTitle(props.month, currentLocale()) })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('duty.schedule.setupHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('duty.schedule.responsibleName')}
              withAsterisk
              {...form.getInputProps('responsibleName')}
            />
            <TextInput
              label={t('duty.schedule.responsiblePhone')}
              withAsterisk
              {...form.getInputProps('responsiblePhone')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {dutyKinds.map((k) => (
              <NumberInput
                key={k}
                label={t('duty.schedule.perDay', { kind: t(`duty.kinds.${k}`) })}
                min={1}
                max={10}
                {...form.getInputProps(k)}
              />
            ))}
          </SimpleGrid>
          <Switch
            label={t('duty.schedule.weekendDuty')}
            description={t('duty.schedule.weekendDutyHint')}
            {...form.getInputProps('weekendDuty', { type: 'checkbox' })}
          />
          <Group>
            <Button
              type="submit"
              loading={props.busy}
              leftSection={<IconWand size={18} aria-hidden />}
              data-testid="schedule-create"
            >
              {t('duty.schedule.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
