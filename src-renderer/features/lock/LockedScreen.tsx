import { Button } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useState } from 'react';
import { RestoreFromBackup } from '../backup/RestoreFromBackup';
import { useTranslation } from '../../i18n/translate';
import type { UserCard } from '../../vault/user-entry';
import { CreateUserForm } from './CreateUserForm';
import type { RunAction } from './lock-actions';
import { LockFrame } from './LockFrame';
import { RecoverForm } from './RecoverForm';
import { UnlockForm } from './UnlockForm';
import { UserList } from './UserList';

type View =
  | { kind: 'list' }
  | { kind: 'password'; user: UserCard }
  | { kind: 'recover'; user: UserCard }
  | { kind: 'create' }
  | { kind: 'restore' };

/**
 * The full lock: nobody's keys are in memory. With no user yet, the first person sets up
 * their password; otherwise the list of people, then the chosen one's password, the
 * recovery with the office key, or another person joining this computer.
 */
export function LockedScreen({
  users,
  damaged,
  run,
}: {
  users: UserCard[];
  damaged: number;
  run: RunAction;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>({ kind: 'list' });
  const toList = () => setView({ kind: 'list' });
  // A lost laptop's backup opens on a new one: offered beside creating a person.
  const restoreLink = (
    <Button
      variant="subtle"
      leftSection={<IconDatabaseImport size={18} aria-hidden />}
      style={{ alignSelf: 'flex-start' }}
      onClick={() => setView({ kind: 'restore' })}
      data-testid="lock-restore-backup"
    >
      {t('backup.restore.title')}
    </Button>
  );

  if (view.kind === 'restore')
    return (
      <LockFrame title={t('backup.restore.title')} testId="lock-screen-restore">
        <RestoreFromBackup onCancel={toList} />
      </LockFrame>
    );
  if (users.length === 0)
    return (
      <LockFrame title={t('vault.create.titleFirst')} testId="lock-screen-create">
        <CreateUserForm first run={run} />
        {restoreLink}
      </LockFrame>
    );
  switch (view.kind) {
    case 'create':
      return (
        <LockFrame title={t('vault.create.titleAnother')} testId="lock-screen-create">
          <CreateUserForm first={false} run={run} onBack={toList} />
        </LockFrame>
      );
    case 'password':
      return (
        <LockFrame title={t('vault.unlock.title')} testId="lock-screen-password">
          <UnlockForm
            user={view.user}
            run={run}
            onBack={toList}
            onForgot={() => setView({ kind: 'recover', user: view.user })}
          />
        </LockFrame>
      );
    case 'recover':
      return (
        <LockFrame title={t('vault.recover.title')} testId="lock-screen-recover">
          <RecoverForm
            user={view.user}
            run={run}
            onBack={() => setView({ kind: 'password', user: view.user })}
          />
        </LockFrame>
      );
    case 'list':
      return (
        <LockFrame title={t('vault.users.title')} testId="lock-screen-users">
          <UserList
            users={users}
            damaged={damaged}
            onPick={(user) => setView({ kind: 'password', user })}
            onAnother={() => setView({ kind: 'create' })}
          />
          {restoreLink}
        </LockFrame>
      );
  }
}
