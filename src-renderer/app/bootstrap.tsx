/** Mounts the app with its providers. Shared by the Electron and the browser entries. */
import './fonts.css';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { useTranslation } from '../i18n/translate';
import { isLocale } from '../../src-shared/i18n/locales';
import { DAYJS_LOCALE, initI18n } from '../i18n/i18n';
import { LockGate } from '../features/lock/LockGate';
import { installBackupScheduler } from '../backup/app-backup';
import { App } from './App';
import { installNoAutofill } from './no-autofill';
import { cssVariablesResolver, theme } from './theme';

function LocalisedDates({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? DAYJS_LOCALE[i18n.language] : 'kk';
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function bootstrap(): void {
  const i18n = initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  installNoAutofill(document);
  // Daily encrypted backups: it waits for the first unlock (src-renderer/backup/app-backup.ts).
  installBackupScheduler();
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <LocalisedDates>
            <Notifications position="top-right" limit={3} />
            <LockGate>
              <App />
            </LockGate>
          </LocalisedDates>
        </MantineProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
