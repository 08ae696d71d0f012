import { Badge, Box, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { ConsultationStatus } from '../../../src-shared/contracts/entities/consultation';
import type { RecordSyncStatus } from '../../../src-shared/domain/sync/record-sync-status';
import type { EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { formatDate } from '../../../src-shared/i18n/format';
import { repos } from '../../db';
import type { ConsultationRow } from '../../db/rows';
import { currentLocale } from '../../i18n/i18n';
import { useRecordSyncStatuses } from '../../sync/use-record-status';
import { SyncBadge } from '../sync/SyncBadge';
import classes from './RegisterTable.module.css';

export const STATUS_COLOR: Record<string, string> = {
  given: 'green',
  deferred: 'orange',
  refused: 'red',
  withdrawn: 'gray',
};

const ROW_HEIGHT = 48;

/** One visible row: only rows on screen are decrypted, so 100 000 entries scroll smoothly. */
function Row({
  row,
  pack,
  sync,
  onOpen,
}: {
  row: ConsultationRow;
  pack: EligibilityPack | null;
  sync: RecordSyncStatus | undefined;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const entry = useLiveQuery(() => repos.consultations.open(row), [row.id, row.version]);
  const area = pack?.issueAreas.find((a) => a.id === row.issueAreaId)?.label[
    locale === 'ru' ? 'ru' : 'kk'
  ];
  return (
    <UnstyledButton
      className={classes.row}
      onClick={() => onOpen(row.id)}
      data-testid="register-row"
    >
      <Text size="sm" fw={600}>
        {row.number}
      </Text>
      <Text size="sm">
        {entry
          ? `${formatDate(entry.appliedAt.slice(0, 10), locale)} ${entry.appliedAt.slice(11)}`
          : ''}
      </Text>
      <Text size="sm" truncate>
        {entry?.applicant.fullName}
      </Text>
      <Text size="sm">{entry?.applicant.iin}</Text>
      <Text size="sm" truncate>
        {area ?? row.issueAreaId}
      </Text>
      <Badge color={STATUS_COLOR[row.status]} variant="dot" tt="none">
        {t(`register.statuses.${row.status as ConsultationStatus}`)}
      </Badge>
      <Text size="sm">
        {row.durationMinutes ? t('register.minutes', { count: row.durationMinutes }) : '—'}
      </Text>
      {/* No link here: the row is a button; the entry's header links a rejected one. */}
      <SyncBadge status={sync} size="xs" link={false} />
    </UnstyledButton>
  );
}

export function RegisterTable({
  rows,
  pack,
  onOpen,
}: {
  rows: ConsultationRow[];
  pack: EligibilityPack | null;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- read during render only; rows re-render on scroll by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const cols = ['number', 'appliedAt', 'applicant', 'iin', 'issue', 'status', 'duration'] as const;
  // One outbox query for the rows on screen, not one per row nor one for the whole register.
  const items = virtualizer.getVirtualItems();
  const sync = useRecordSyncStatuses(
    'consultation',
    items.map((item) => rows[item.index]!.id),
  );
  return (
    <Box className={classes.table} data-testid="register-table">
      <div className={classes.head}>
        {cols.map((c) => (
          <Text key={c} size="xs" fw={700} tt="uppercase" c="dimmed">
            {t(`register.columns.${c}`)}
          </Text>
        ))}
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          {t('sync.badge.column')}
        </Text>
      </div>
      <div ref={parent} className={classes.scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => (
            <div
              key={rows[item.index]!.id}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              }}
            >
              <Row
                row={rows[item.index]!}
                pack={pack}
                sync={sync.get(rows[item.index]!.id)}
                onOpen={onOpen}
              />
            </div>
          ))}
        </div>
      </div>
    </Box>
  );
}
