import { Select, Stack, Title } from '@mantine/core';
import { notify } from '../../app/notify';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import { IDLE_MINUTES_CHOICES } from '../../vault/user-entry';
import { problemKey, problemOf } from './lock-errors';

/** Settings → Security: after how many quiet minutes the app locks itself. */
export function IdleSection({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  // A value saved by an older version that is not among today's choices still shows.
  const choices = [...new Set<number>([...IDLE_MINUTES_CHOICES, minutes])].sort((a, b) => a - b);
  const change = async (value: string | null) => {
    if (!value) return;
    try {
      await appSession.setIdleMinutes(Number(value));
      notify('success', t('vault.security.idle.saved'));
    } catch (err) {
      notify('error', t(problemKey(problemOf(err))));
    }
  };
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('vault.security.idle.title')}
      </Title>
      <Select
        label={t('vault.security.idle.label')}
        value={String(minutes)}
        onChange={(v) => void change(v)}
        data={choices.map((m) => ({
          value: String(m),
          label: t('vault.security.idle.minutes', { count: m }),
        }))}
        allowDeselect={false}
        maw={420}
        data-testid="security-idle"
      />
    </Stack>
  );
}
