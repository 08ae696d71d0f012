import { Button, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import { appDb } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import type { CaseRef } from '../../sync/resolve-cases';
import { ListCard } from './ListCard';
import { actionName, entityName, formatWhen, reasonIn, recordLabel } from './sync-text';

/** Opens the conflict detail of a row (ConflictDetail.tsx). */
export type OpenCase = (ref: CaseRef) => void;

export function CompareButton({ onClick, testId }: { onClick: () => void; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Button size="compact-sm" variant="light" onClick={onClick} data-testid={testId}>
      {t('sync.conflict.details')}
    </Button>
  );
}

/**
 * Refused changes kept on this computer (outbox rows in state 'rejected') that still need
 * attention, newest first; resolved ones are in ResolvedList.
 */
export function QuarantineList({ onOpen }: { onOpen: OpenCase }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = useLiveQuery(
    async () =>
      (await appDb.outbox.where('state').equals('rejected').toArray())
        .filter((o) => !o.rejection?.resolvedAt)
        .sort((a, b) => (b.rejection?.at ?? b.at).localeCompare(a.rejection?.at ?? a.at)),
    [],
  );
  return (
    <ListCard
      title={
        <>
          {t('sync.quarantineTitle')} ({rows?.length ?? 0})
        </>
      }
      intro={t('sync.quarantineIntro')}
      empty={t('sync.quarantineEmpty')}
      testId="quarantine-list"
      columns={[
        t('sync.columns.entity'),
        t('sync.columns.reason'),
        t('sync.columns.when'),
        t('sync.conflict.actionsTitle'),
      ]}
      rows={rows}
    >
      {(op) => (
        <Table.Tr key={op.opId}>
          <Table.Td>
            <Text size="sm">
              {entityName(t, op.entity)} {recordLabel(t, op.record)}
            </Text>
            {/* The reason is said in words in the next column; the code is for support. */}
            <Text size="xs" c="dimmed" title={op.rejection?.code}>
              {t('sync.refusedVersion', { version: op.baseVersion + 1 })}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{op.rejection ? reasonIn(op.rejection.reason, locale) : ''}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{formatWhen(op.rejection?.at ?? op.at, locale)}</Text>
          </Table.Td>
          <Table.Td>
            <CompareButton onClick={() => onOpen({ kind: 'op', opId: op.opId })} />
          </Table.Td>
        </Table.Tr>
      )}
    </ListCard>
  );
}

/**
 * Conflicts pulled from the server and pulled records that could not land here, still
 * unresolved; resolved ones are in ResolvedList.
 */
export function ConflictList({ onOpen }: { onOpen: OpenCase }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = useLiveQuery(async () => {
    // A conflict of this device's own refused change is already listed (and resolved) with that
    // change in the quarantine: listing it twice read as two problems. Colleagues' conflicts (a
    // head's device) have no local op and stay here.
    const ops = await appDb.outbox.where('state').equals('rejected').toArray();
    const ofOps = new Set(ops.map((o) => o.rejection?.conflictId).filter(Boolean));
    const opIds = new Set(ops.map((o) => o.opId));
    return (await appDb.syncConflicts.orderBy('at').reverse().toArray()).filter(
      (c) => !c.resolvedAt && !ofOps.has(c.conflictId) && !(c.opId && opIds.has(c.opId)),
    );
  }, []);
  return (
    <ListCard
      title={
        <>
          {t('sync.conflictsTitle')} ({rows?.length ?? 0})
        </>
      }
      empty={t('sync.conflictsEmpty')}
      testId="conflict-list"
      columns={[
        t('sync.columns.entity'),
        t('sync.columns.kind'),
        t('sync.columns.versions'),
        t('sync.columns.when'),
        t('sync.conflict.actionsTitle'),
      ]}
      rows={rows}
    >
      {(c) => (
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
          <Table.Td>
            <CompareButton onClick={() => onOpen({ kind: 'conflict', conflictId: c.conflictId })} />
          </Table.Td>
        </Table.Tr>
      )}
    </ListCard>
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
    <ListCard
      title={t('sync.logTitle')}
      intro={t('sync.logIntro')}
      empty={t('sync.logEmpty')}
      testId="sync-log"
      columns={[
        t('sync.columns.when'),
        t('sync.columns.action'),
        t('sync.columns.entity'),
        t('sync.columns.reason'),
      ]}
      rows={rows}
    >
      {(r) => (
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
      )}
    </ListCard>
  );
}
