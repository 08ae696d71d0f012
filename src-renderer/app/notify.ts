/**
 * Notifications with a translated name on their close button (screen readers announce it;
 * Mantine leaves it unnamed). Errors stay until closed: an advocate may be looking away.
 */
import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import type { ReactNode } from 'react';

type Kind = 'success' | 'error' | 'info';
const COLOR: Record<Kind, string> = { success: 'green', error: 'red', info: 'blue' };

export function notify(kind: Kind, message: ReactNode, title?: ReactNode): void {
  notifications.show({
    color: COLOR[kind],
    message,
    ...(title ? { title } : {}),
    autoClose: kind === 'error' ? false : 4000,
    closeButtonProps: { 'aria-label': i18next.t('common.close') },
  });
}
