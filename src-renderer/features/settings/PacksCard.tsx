import { Button, FileButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconUpload } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import { formatDate } from '../../../src-shared/i18n/format';
import type { InstallResult } from '../../../src-shared/rules/registry';
import { currentLocale } from '../../i18n/i18n';
import { installPackFile, isShipped, usePackState } from '../../rules/pack-store';
import { unverifiedCount } from './pack-summary';
import { notify } from '../../app/notify';

function failureMessage(
  t: ReturnType<typeof useTranslation>['t'],
  r: Extract<InstallResult, { ok: false }>,
) {
  const e = r.error;
  switch (e.code) {
    case 'invalid':
    case 'inconsistent': {
      const first = e.issues[0];
      const detail = first ? `${first.path || '—'}: ${first.message}` : '';
      return t(`packs.errors.${e.code}`, { detail });
    }
    case 'versionConflict':
      return t('packs.errors.versionConflict', { id: e.id, version: e.version });
    default:
      return t(`packs.errors.${e.code}`);
  }
}

export function PacksCard({ actor }: { actor: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const state = usePackState();

  const load = async (file: File | null) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      notify('error', t('packs.errors.unreadable'));
      return;
    }
    const r = await installPackFile(text, actor);
    if (r.ok) {
      if (r.alreadyInstalled) notify('info', t('packs.alreadyInstalled'));
      else notify('success', t('packs.loaded', { id: r.pack.id, version: r.pack.version }));
    } else {
      notify('error', t('packs.kept'), failureMessage(t, r));
    }
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('packs.section')}
        </Title>
        <Text size="sm">{t('packs.intro')}</Text>
        {state && (
          <Table striped withTableBorder data-testid="packs-table">
            <Table.Tbody>
              {state.registry.all().map((p) => {
                const unverified = unverifiedCount(p);
                return (
                  <Table.Tr key={`${p.id}@${p.version}`}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {t(`packs.kind.${p.kind}`)} · {p.id} v{p.version}
                      </Text>
                      <Text size="xs">{p.title[lang]}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t('packs.period', {
                          from: formatDate(p.effectiveFrom, locale),
                          to: p.effectiveTo
                            ? formatDate(p.effectiveTo, locale)
                            : t('packs.openEnded'),
                        })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {isShipped(p) ? t('packs.shipped') : t('packs.installed')} · {p.publisher}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {unverified > 0 && (
                        <Group gap={4} wrap="nowrap">
                          <IconAlertTriangle
                            size={16}
                            color="var(--mantine-color-orange-7)"
                            aria-hidden
                          />
                          <Text size="xs" fw={600}>
                            {t('packs.unverifiedCount', { count: unverified })}
                          </Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <FileButton onChange={(f) => void load(f)} accept="application/json,.json">
            {(props) => (
              <Button
                variant="default"
                leftSection={<IconUpload size={16} aria-hidden />}
                {...props}
              >
                {t('packs.load')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </Paper>
  );
}
