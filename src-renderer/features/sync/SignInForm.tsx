import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { registerDeviceRequest, serverUrl } from '../../../src-shared/contracts/sync/account';
import { notify } from '../../app/notify';
import { currentLocale } from '../../i18n/i18n';
import type { SyncProblem } from '../../sync/sync-service';
import { appSyncService } from '../../sync/use-sync';
import { problemText } from './sync-text';

interface Values {
  serverUrl: string;
  login: string;
  password: string;
  deviceName: string;
}

export function SignInForm({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SyncProblem | null>(null);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      serverUrl: '',
      login: '',
      password: '',
      deviceName: t('sync.deviceNameDefault', { name: profile.fullName }).slice(0, 100),
    },
    validate: {
      serverUrl: (v) => (serverUrl.safeParse(v).success ? null : t('sync.badUrl')),
      login: (v) =>
        registerDeviceRequest.shape.login.safeParse(v).success ? null : t('validation.required'),
      password: (v) => (v.length > 0 ? null : t('validation.required')),
      deviceName: (v) =>
        registerDeviceRequest.shape.deviceName.safeParse(v).success
          ? null
          : t('validation.required'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await appSyncService().signIn({
        serverUrl: values.serverUrl.trim(),
        login: values.login.trim(),
        password: values.password,
        deviceName: values.deviceName.trim(),
      });
      if (r.ok) notify('success', t('sync.signedIn'));
      else {
        console.warn('sync sign-in failed', r.problem.code, r.problem.detail);
        setProblem(r.problem);
        form.setFieldValue('password', '');
      }
    } finally {
      setBusy(false);
    }
  });

  return (
    <Paper withBorder p="lg" maw={560}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('sync.signInTitle')}
          </Title>
          <Text size="sm">{t('sync.signInIntro')}</Text>
          {problem && (
            <Alert color="red" role="alert" data-testid="sign-in-problem">
              {problemText(t, problem, currentLocale()).map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
            </Alert>
          )}
          <TextInput
            label={t('sync.serverUrl')}
            description={t('sync.serverUrlHint')}
            type="url"
            autoComplete="url"
            required
            {...form.getInputProps('serverUrl')}
          />
          <TextInput
            label={t('sync.login')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            {...form.getInputProps('login')}
          />
          <PasswordInput
            label={t('sync.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <TextInput
            label={t('sync.deviceName')}
            description={t('sync.deviceNameHint')}
            required
            {...form.getInputProps('deviceName')}
          />
          <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
            {t('sync.signIn')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
