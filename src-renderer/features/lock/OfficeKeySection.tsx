import { Alert, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconKey, IconShieldCheck, IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { notify } from '../../app/notify';
import { useTranslation } from '../../i18n/translate';
import { appSession } from '../../vault/app-session';
import {
  adoptOfficePublicKey,
  createOfficeKey,
  recoveryStatus,
  type NewOfficeKey,
} from '../../vault/office-key';
import { ConfirmReplace } from './ConfirmDialog';
import { MONO_INPUT } from './mono';
import { problemKey, problemOf, type FormProblem } from './lock-errors';
import { OfficeKeyDialog } from './OfficeKeyDialog';

type Pending = { kind: 'adopt'; text: string } | { kind: 'create' };

/**
 * Settings → Security: whether a forgotten password can be recovered on this computer, the
 * office public key to paste, and for a head the creation of the office key itself. Both
 * actions ask first when this computer already names an office key.
 */
export function OfficeKeySection({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const status = recoveryStatus(appSession);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [created, setCreated] = useState<(NewOfficeKey & { createdAt: string }) | null>(null);

  const adopt = async (publicText: string) => {
    setBusy(true);
    try {
      const { keyId } = await adoptOfficePublicKey(appSession, publicText);
      setText('');
      setProblem(null);
      notify('success', t('vault.security.office.adopted', { keyId }));
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    setBusy(true);
    try {
      const key = await createOfficeKey(appSession);
      setCreated({ ...key, createdAt: new Date().toISOString() });
    } catch (err) {
      notify('error', t(problemKey(problemOf(err))));
    } finally {
      setBusy(false);
    }
  };

  const run = (p: Pending) => (p.kind === 'adopt' ? adopt(p.text) : create());
  /** With an office key already named here, ask before replacing it. */
  const ask = (p: Pending) => (status.keyId ? setPending(p) : void run(p));

  return (
    <Stack gap="sm" data-testid="security-office">
      <Title order={3} size="h5">
        {t('vault.security.office.title')}
      </Title>
      {status.sealed ? (
        <Alert
          color="green"
          variant="light"
          icon={<IconShieldCheck size={20} aria-hidden />}
          data-testid="office-status"
          data-sealed="true"
        >
          {t('vault.security.office.sealed', { keyId: status.keyId })}
        </Alert>
      ) : (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={20} aria-hidden />}
          data-testid="office-status"
          data-sealed="false"
        >
          {t('vault.security.office.notSealed')}
        </Alert>
      )}
      <Textarea
        label={t('vault.security.office.paste')}
        description={t('vault.security.office.pasteHint')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={problem && problem !== 'unexpected' ? t(problemKey(problem)) : undefined}
        autosize
        minRows={2}
        maxRows={5}
        spellCheck={false}
        styles={MONO_INPUT}
        data-testid="office-key-paste"
      />
      {problem === 'unexpected' && (
        <Text c="red.8" size="sm" role="alert">
          {t('vault.errors.unexpected')}
        </Text>
      )}
      <Button
        variant="light"
        leftSection={<IconKey size={18} aria-hidden />}
        onClick={() => ask({ kind: 'adopt', text })}
        disabled={busy || text.trim() === ''}
        style={{ alignSelf: 'flex-start' }}
        data-testid="office-key-adopt"
      >
        {t('vault.security.office.adopt')}
      </Button>
      {profile.role === 'head' && (
        <Stack gap="xs" mt="sm">
          <Text fw={600}>{t('vault.security.office.headTitle')}</Text>
          <Text size="sm">{t('vault.security.office.headIntro')}</Text>
          <Button
            variant="default"
            leftSection={<IconKey size={18} aria-hidden />}
            onClick={() => ask({ kind: 'create' })}
            loading={busy && pending === null && created === null}
            disabled={busy}
            style={{ alignSelf: 'flex-start' }}
            data-testid="office-key-create"
          >
            {t('vault.security.office.create')}
          </Button>
        </Stack>
      )}
      <ConfirmReplace
        keyId={status.keyId ?? ''}
        opened={pending !== null}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const p = pending;
          setPending(null);
          if (p) void run(p);
        }}
      />
      <OfficeKeyDialog created={created} profile={profile} onClose={() => setCreated(null)} />
    </Stack>
  );
}
