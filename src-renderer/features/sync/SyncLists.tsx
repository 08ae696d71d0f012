import { Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { appDb } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { actionName, entityName, formatWhen, reasonIn, recordLabel } from './sync-text';

/** Refused changes kept on this computer (outbox rows in state 'rejected'), newest first. */
export function QuarantineList() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = useLiveQuery(
    async () =>
      (await appDb.outbox.where('state').equals('rejected').toArray()).sort((a, b) =>
        (b.rejection?.at ?? b.at).localeCompare(a.rejection?.at ?? a.at),
      ),
    [],
  );
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('sync.quarantineTitle')} ({rows?.length ?? 0})
        </Title>
        <Text size="sm" c="dimmed">
          {t('sync.quarantineIntro')}
        </Text>
        {rows && rows.length === 0 ? (
          <Text size="sm">{t('sync.quarantineEmpty')}</Text>
        ) : (
          <ScrollArea>
            <Table striped data-testid="quarantine-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sync.columns.entity')}</Table.Th>
                  <Table.Th>{t('sync.columns.reason')}</Table.Th>
                  <Table.Th>{t('sync.columns.when')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows?.map((op) => (
                  <Table.Tr key={op.opId}>
                    <Table.Td>
                      <Text size="sm">
                        {entityName(t, op.entity)} {recordLabel(t, op.record)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        v{op.baseVersion + 1} · {op.rejection?.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {op.rejection ? reasonIn(op.rejection.reason, locale) : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatWhen(op.rejection?.at ?? op.at, locale)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Paper>
  );
}

/** Conflicts pulled from the server and pulled records that could not land here. */
export function ConflictList() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = useLiveQuery(() => appDb.syncConflicts.orderBy('at').reverse().toArray(), []);
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('sync.conflictsTitle')} ({rows?.length ?? 0})
        </Title>
        {rows && rows.length === 0 ? (
          <Text size="sm">{t('sync.conflictsEmpty')}</Text>
        ) : (
          <ScrollArea>
            <Table striped data-testid="conflict-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sync.columns.entity')}</Table.Th>
                  <Table.Th>{t('sync.columns.kind')}</Table.Th>
                  <Table.Th>{t('sync.columns.versions')}</Table.Th>
                  <Table.Th>{t('sync.columns.when')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows?.map((c) => (
                  <Table.Tr key={c.conflictId}>
                    <Table.Td>
                      <Text size="sm">
                        {entityName(t, c.entity)} {recordLabel(t, c.theirs)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t(
                          c.kind === 'server'
                            ? 'sync.conflictKinds.server'
                            : 'sync.conflictKinds.numberTaken',
                        )}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t('sync.conflictVersions', {
                          base: c.baseVersion ?? versionOf(c.theirs),
                          server: c.serverVersion ?? versionOf(c.ours),
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatWhen(c.at, locale)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Paper>
  );
}

function versionOf(record: Record<string, unknown>): string {
  const v = record['version'];
  return typeof v === 'number' ? String(v) : '?';
}

/** The last 50 sync decisions. Reasons are the engine's own (English, for maintainers). */
export function SyncLogList() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = useLiveQuery(() => appDb.syncLog.orderBy('seq').reverse().limit(50).toArray(), []);
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('sync.logTitle')}
        </Title>
        {rows && rows.length === 0 ? (
          <Text size="sm">{t('sync.logEmpty')}</Text>
        ) : (
          <ScrollArea>
            <Table striped data-testid="sync-log">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sync.columns.when')}</Table.Th>
                  <Table.Th>{t('sync.columns.action')}</Table.Th>
                  <Table.Th>{t('sync.columns.entity')}</Table.Th>
                  <Table.Th>{t('sync.columns.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows?.map((r) => (
                  <Table.Tr key={r.seq}>
                    <Table.Td>
                      <Text size="sm">{formatWhen(r.at, locale)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{actionName(t, r.action)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.entity ? entityName(t, r.entity) : '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed" lang="en">
                        {r.reason}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Paper>
  );
}
