/**
 * Resolved conflicts and quarantined changes: they leave the "needs attention" lists but are
 * never deleted, and stay readable (the detail opens read-only). One row per case: the refused
 * op (not the ops built on it, which share its case), and conflicts that are not that op's.
 */
import { Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import { appDb } from '../../db';
import type { LocalResolution } from '../../db/rows';
import { currentLocale } from '../../i18n/i18n';
import type { CaseRef } from '../../sync/resolve-cases';
import { ListCard } from './ListCard';
import { CompareButton, type OpenCase } from './SyncLists';
import { entityName, formatWhen, recordLabel, resolutionName } from './sync-text';

interface ResolvedRow {
  key: string;
  ref: CaseRef;
  entity: string;
  record: Record<string, unknown>;
  resolvedAt: string;
  resolution: LocalResolution | undefined;
}

async function resolvedRows(): Promise<ResolvedRow[]> {
  const ops = (await appDb.outbox.where('state').equals('rejected').toArray()).filter(
    (o) => o.rejection?.resolvedAt && !o.rejection.causeOpId,
  );
  const ofOps = new Set(ops.map((o) => o.rejection?.conflictId).filter(Boolean));
  const opIds = new Set(ops.map((o) => o.opId));
  const conflicts = (await appDb.syncConflicts.toArray()).filter(
    (c) => c.resolvedAt && !ofOps.has(c.conflictId) && !(c.opId && opIds.has(c.opId)),
  );
  const rows: ResolvedRow[] = [
    ...ops.map((o) => ({
      key: `op:${o.opId}`,
      ref: { kind: 'op', opId: o.opId } as const,
      entity: o.entity,
      record: o.record,
      resolvedAt: o.rejection!.resolvedAt!,
      resolution: o.rejection!.resolution,
    })),
    ...conflicts.map((c) => ({
      key: `conflict:${c.conflictId}`,
      ref: { kind: 'conflict', conflictId: c.conflictId } as const,
      entity: c.entity,
      record: c.theirs,
      resolvedAt: c.resolvedAt!,
      resolution: c.resolution,
    })),
  ];
  return rows.sort((a, b) => b.resolvedAt.localeCompare(a.resolvedAt));
}

export function ResolvedList({ onOpen }: { onOpen: OpenCase }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = useLiveQuery(resolvedRows, []);
  return (
    <ListCard
      title={
        <>
          {t('sync.conflict.resolvedTitle')} ({rows?.length ?? 0})
        </>
      }
      intro={t('sync.conflict.resolvedIntro')}
      empty={t('sync.conflict.resolvedEmpty')}
      testId="resolved-list"
      columns={[
        t('sync.columns.entity'),
        t('sync.columns.action'),
        t('sync.columns.when'),
        t('sync.conflict.actionsTitle'),
      ]}
      rows={rows}
    >
      {(r) => (
        <Table.Tr key={r.key}>
          <Table.Td>
            <Text size="sm">
              {entityName(t, r.entity)} {recordLabel(t, r.record)}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{resolutionName(t, r.resolution)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{formatWhen(r.resolvedAt, locale)}</Text>
          </Table.Td>
          <Table.Td>
            <CompareButton onClick={() => onOpen(r.ref)} />
          </Table.Td>
        </Table.Tr>
      )}
    </ListCard>
  );
}
