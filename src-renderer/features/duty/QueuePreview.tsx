import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  headSkipReasons,
  type HeadSkipReason,
} from '../../../src-shared/contracts/entities/duty-distribution';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import { formatPhone } from '../../../src-shared/domain/phone/phone';
import type { QueueProposal } from '../../../src-shared/domain/duty/queue';
import { useTranslation } from '../../i18n/translate';
import { memberName } from './duty-labels';

const OUTCOME_COLOR = { chosen: 'teal.9', skipped: 'gray.7', waiting: 'blue.9' } as const;

/**
 * The day's queue as the engine sees it (cl. 16–17, 4.1): who is next, who is passed over and
 * why. The head can only confirm the proposal or pass the proposed advocate over with a reason.
 */
export function QueuePreview(props: {
  proposal: QueueProposal;
  members: ReadonlyMap<string, RosterMember>;
  onSkip: (memberId: string, reason: HeadSkipReason, note: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<HeadSkipReason | null>(null);
  const [note, setNote] = useState('');
  const chosen = props.proposal.proposedMemberId;
  return (
    <Stack gap="xs" data-testid="queue-preview">
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>№</Table.Th>
            <Table.Th>{t('duty.handover.advocate')}</Table.Th>
            <Table.Th>{t('duty.handover.inQueue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.proposal.queue.map((q, i) => {
            const m = props.members.get(q.memberId);
            return (
              <Table.Tr key={q.memberId} data-outcome={q.outcome}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={q.outcome === 'chosen' ? 700 : 400}>
                    {memberName(props.members, q.memberId)}
                  </Text>
                  {m && (
                    <Text size="xs" c="dimmed">
                      {formatPhone(m.phone)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={OUTCOME_COLOR[q.outcome]} variant="filled" tt="none">
                    {t(`duty.handover.outcome.${q.outcome}`)}
                  </Badge>
                  {q.reason && (
                    <Text size="xs" c="dimmed" mt={2}>
                      {t(`duty.handover.skip.${q.reason}`)}
                      {q.note ? ` — ${q.note}` : ''}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {chosen && (
        <Group align="flex-end" gap="xs">
          <Select
            label={t('duty.handover.skipLabel', { name: memberName(props.members, chosen) })}
            data={headSkipReasons.map((r) => ({ value: r, label: t(`duty.handover.skip.${r}`) }))}
            value={reason}
            onChange={(v) => setReason(v as HeadSkipReason | null)}
            w={260}
          />
          <TextInput
            label={t('duty.handover.skipNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button
            variant="default"
            disabled={!reason || !note.trim()}
            onClick={() => {
              if (!reason) return;
              props.onSkip(chosen, reason, note.trim());
              setReason(null);
              setNote('');
            }}
          >
            {t('duty.handover.skipButton')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
