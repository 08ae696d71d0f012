/**
 * Two versions side by side, field by field (rows from resolve-diff.ts): the fields that differ
 * first and highlighted — with a word as well as a colour, for screen readers and colour-blind
 * eyes — and the unchanged ones folded away behind a button.
 */
import { Badge, Button, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { translateKey } from '../../i18n/message-key';
import type { DiffRow } from '../../sync/resolve-diff';

function Value({ row, value }: { row: DiffRow; value: string | null }) {
  const { t } = useTranslation();
  if (value === null) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  const text = row.valueKey ? translateKey(t, `${row.valueKey}.${value}`) : value;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

function Row({ row }: { row: DiffRow }) {
  const { t } = useTranslation();
  return (
    <Table.Tr
      data-differs={row.differs || undefined}
      style={row.differs ? { background: 'var(--mantine-color-yellow-light)' } : undefined}
    >
      <Table.Th scope="row" fw={row.differs ? 700 : 400}>
        <Text size="sm" fw="inherit">
          {translateKey(t, row.labelKey)}
        </Text>
        {row.differs && (
          <Badge size="xs" color="#9a3412" variant="filled">
            {t('sync.conflict.differs')}
          </Badge>
        )}
      </Table.Th>
      <Table.Td>
        <Value row={row} value={row.mine} />
      </Table.Td>
      <Table.Td>
        <Value row={row} value={row.server} />
      </Table.Td>
    </Table.Tr>
  );
}

export function DiffTable({
  rows,
  mineTitle,
  serverTitle,
}: {
  rows: readonly DiffRow[];
  mineTitle: string;
  serverTitle: string;
}) {
  const { t } = useTranslation();
  const [showSame, setShowSame] = useState(false);
  if (rows.length === 0) return <Text size="sm">{t('sync.conflict.noFields')}</Text>;
  const differing = rows.filter((r) => r.differs);
  const same = rows.filter((r) => !r.differs);
  return (
    <Stack gap="xs">
      {differing.length === 0 && <Text size="sm">{t('sync.conflict.noDifference')}</Text>}
      <ScrollArea>
        <Table withTableBorder withColumnBorders data-testid="conflict-diff" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%">{t('sync.conflict.field')}</Table.Th>
              <Table.Th>{mineTitle}</Table.Th>
              <Table.Th>{serverTitle}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {differing.map((r) => (
              <Row key={r.path} row={r} />
            ))}
            {showSame && same.map((r) => <Row key={r.path} row={r} />)}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {same.length > 0 && (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setShowSame((v) => !v)}
          aria-expanded={showSame}
          style={{ alignSelf: 'flex-start' }}
        >
          {showSame
            ? t('sync.conflict.hideUnchanged')
            : t('sync.conflict.showUnchanged', { count: same.length })}
        </Button>
      )}
    </Stack>
  );
}
