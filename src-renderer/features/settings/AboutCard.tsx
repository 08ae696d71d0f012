import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { AppInfo } from '../../../src-shared/contracts/ipc-contract';
import { callHost } from '../../host/host';
import { notify } from '../../app/notify';

const WEBSITE = 'https://qorgau.kz';

export function AboutCard() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    void callHost((a) => a.app.info()).then((r) => r.ok && setInfo(r.value));
  }, []);

  const openWebsite = async () => {
    const r = await callHost((a) => a.shell.openExternal({ url: WEBSITE }));
    if (!r.ok) notify('error', t(`ipcErrors.${r.error.code}`));
    else if (!r.value.opened) notify('info', t('ipcErrors.unavailable'));
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('settings.aboutSection')}
        </Title>
        {info && (
          <Table variant="vertical" withTableBorder={false} layout="fixed" maw={520}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={200}>{t('settings.version')}</Table.Th>
                <Table.Td data-testid="app-version">{info.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.host')}</Table.Th>
                <Table.Td>
                  {info.host === 'electron'
                    ? t('settings.hostElectron')
                    : t('settings.hostBrowser')}
                  {info.versions.chrome ? ` · Chromium ${info.versions.chrome}` : ''}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        <Text size="sm">{t('settings.rulesBasis')}</Text>
        <Group>
          <Anchor component="button" type="button" size="sm" onClick={() => void openWebsite()}>
            {t('settings.website')}: {WEBSITE}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
