/**
 * The choices a case offers (resolve-cases.ts `offeredActions`), each with a sentence saying
 * what it does, and the outcome in the user's language. The work is resolve-actions.ts: one
 * transaction each; nothing is deleted.
 */
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { ZodError } from 'zod';
import { notify } from '../../app/notify';
import { repoDeps } from '../../db';
import { VersionConflictError } from '../../db/commit-change';
import type { LocalResolution } from '../../db/rows';
import { resolveCase, ResolveError } from '../../sync/resolve-actions';
import type { CaseRef, Me } from '../../sync/resolve-cases';

const WORDS = {
  'kept-server': { key: 'keepServer', done: 'keptServer' },
  reapplied: { key: 'reapply', done: 'reapplied' },
  'sent-as-new': { key: 'sendAsNew', done: 'sentAsNew' },
  'kept-both': { key: 'keepBoth', done: 'keptBoth' },
} as const;

export function ResolveActions({
  caseRef,
  actions,
  me,
  owned,
  tellsServer,
}: {
  caseRef: CaseRef;
  actions: readonly LocalResolution[];
  me: Me;
  /** The record is the user's own (else only the head may keep the server's version). */
  owned: boolean;
  /** The server keeps this conflict and is told of the choice at the next sync. */
  tellsServer: boolean;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<LocalResolution | null>(null);

  const act = async (resolution: LocalResolution) => {
    setBusy(resolution);
    try {
      const done = await resolveCase(repoDeps, caseRef, resolution, me);
      notify(
        'success',
        t(`sync.conflict.done.${WORDS[resolution].done}`, { number: done.number ?? '' }),
      );
    } catch (error) {
      notify('error', errorText(error));
    } finally {
      setBusy(null);
    }
  };

  const errorText = (error: unknown): string => {
    if (error instanceof ResolveError) {
      if (error.code === 'unreadable') return t('sync.conflict.errors.unreadable');
      if (error.code === 'changed' || error.code === 'gone')
        return t('sync.conflict.errors.changed');
      if (error.code === 'already-resolved') return t('sync.conflict.errors.alreadyResolved');
    }
    if (error instanceof VersionConflictError) return t('sync.conflict.errors.changed');
    if (error instanceof ZodError) return t('sync.conflict.errors.invalid');
    console.error('resolving failed', error);
    return t('sync.conflict.errors.failed');
  };

  return (
    <Stack gap="sm" data-testid="conflict-actions">
      <Title order={3} size="h5">
        {t('sync.conflict.actionsTitle')}
      </Title>
      {actions.length === 0 && (
        <Text size="sm">
          {owned ? t('sync.conflict.noActions') : t('sync.conflict.noActionsOther')}
        </Text>
      )}
      {actions.map((a) => (
        <Paper key={a} withBorder p="sm">
          <Stack gap={6} align="flex-start">
            <Button
              size="sm"
              variant={a === 'kept-server' || a === 'kept-both' ? 'default' : 'filled'}
              loading={busy === a}
              disabled={busy !== null && busy !== a}
              onClick={() => void act(a)}
            >
              {t(`sync.conflict.actions.${WORDS[a].key}`)}
            </Button>
            <Text size="sm" c="dimmed">
              {t(`sync.conflict.actions.${WORDS[a].key}Help`)}
            </Text>
          </Stack>
        </Paper>
      ))}
      {actions.length > 0 && tellsServer && (
        <Text size="xs" c="dimmed">
          {t('sync.conflict.offline')}
        </Text>
      )}
    </Stack>
  );
}
