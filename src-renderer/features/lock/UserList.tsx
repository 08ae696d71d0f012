import { Alert, Button, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight, IconUser, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import { isLocale } from '../../../src-shared/i18n/locales';
import type { UserCard } from '../../vault/user-entry';
import { formatLastUnlock } from './last-unlock';
import classes from './UserList.module.css';

/** The lock screen's list of people on this computer: the label each chose, and when last opened. */
export function UserList({
  users,
  damaged,
  onPick,
  onAnother,
}: {
  users: UserCard[];
  damaged: number;
  onPick: (user: UserCard) => void;
  onAnother: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'kk';
  return (
    <Stack gap="md">
      <Text>{t('vault.users.choose')}</Text>
      <Stack gap="xs" role="list" aria-label={t('vault.users.title')}>
        {users.map((u) => (
          <div role="listitem" key={u.storeId}>
            <UnstyledButton
              className={classes.card}
              onClick={() => onPick(u)}
              data-testid="lock-user"
              w="100%"
            >
              <IconUser size={28} stroke={1.5} aria-hidden />
              <div className={classes.text}>
                <Text fw={600} size="lg" lh={1.2}>
                  {u.label}
                </Text>
                <Text size="sm" c="gray.7">
                  {u.lastUnlockAt
                    ? t('vault.users.lastUnlock', {
                        when: formatLastUnlock(u.lastUnlockAt, locale),
                      })
                    : t('vault.users.never')}
                </Text>
              </div>
              <IconChevronRight size={22} stroke={1.5} aria-hidden />
            </UnstyledButton>
          </div>
        ))}
      </Stack>
      {damaged > 0 && (
        <Alert color="orange" variant="light">
          {t('vault.users.damaged', { count: damaged })}
        </Alert>
      )}
      <Button
        variant="default"
        leftSection={<IconUserPlus size={18} aria-hidden />}
        onClick={onAnother}
        data-testid="lock-another"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('vault.users.another')}
      </Button>
    </Stack>
  );
}
