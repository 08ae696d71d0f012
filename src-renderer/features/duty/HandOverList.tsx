import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type {
  Distribution,
  DistributionAnswer,
  DistributionRound,
} from '../../../src-shared/contracts/entities/duty-distribution';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { formatDate } from '../../../src-shared/i18n/format';
import { distributionRef } from '../../db/distribution-repository';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation, type TFunction } from '../../i18n/translate';
import { dateWithWeekday, memberName } from './duty-labels';

type State = 'waiting' | 'accepted' | 'declined';

export function answerOf(d: Distribution, answers: readonly DistributionAnswer[]) {
  const last = d.rounds[d.rounds.length - 1]!;
  return answers.find((a) => a.distributionId === d.id && a.round === last.round) ?? null;
}

/** One round as a sentence: who was chosen, who was passed over and why (cl. 4.1 audit). */
function roundText(
  r: DistributionRound,
  members: ReadonlyMap<string, RosterMember>,
  t: TFunction,
): string {
  const skipped = r.queue
    .filter((q) => q.outcome === 'skipped')
    .map(
      (q) =>
        `${memberName(members, q.memberId)} (${q.reason ? t(`duty.handover.skip.${q.reason}`) : ''}${q.note ? `: ${q.note}` : ''})`,
    );
  return t('duty.handover.roundText', {
    round: r.round,
    by: r.by,
    chosen: memberName(members, r.chosenMemberId),
    skipped: skipped.length ? skipped.join(', ') : '—',
  });
}

/** The office's hand-overs, newest first, with each one's answer and queue history. */
export function HandOverList(props: {
  distributions: Distribution[];
  answers: DistributionAnswer[];
  members: ReadonlyMap<string, RosterMember>;
  pack: DefenceRegisterPack | null;
  onHandOn: (d: Distribution) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  if (props.distributions.length === 0) return null;
  const ground = (id: string) =>
    props.pack?.declineGrounds.find((g) => g.id === id)?.label[lang] ?? id;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('duty.handover.listTitle')}
        </Title>
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="handover-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>№</Table.Th>
                <Table.Th>{t('duty.handover.document')}</Table.Th>
                <Table.Th>{t('duty.handover.dutyDay')}</Table.Th>
                <Table.Th>{t('duty.handover.handedTo')}</Table.Th>
                <Table.Th>{t('duty.handover.answer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.distributions.map((d) => {
                const last = d.rounds[d.rounds.length - 1]!;
                const a = answerOf(d, props.answers);
                const state: State = a ? a.answer : 'waiting';
                return (
                  <Table.Tr key={d.id} data-state={state}>
                    <Table.Td>{distributionRef(d)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {d.document.client.fullName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('duty.handover.docLine', {
                          number: d.document.decree.number,
                          date: formatDate(d.document.decree.date, locale),
                          caseNumber: d.document.caseNumber,
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{dateWithWeekday(last.dutyDate, locale)}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`duty.kinds.${last.kind}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {memberName(props.members, last.chosenMemberId)}
                      </Text>
                      {d.rounds.map((r) => (
                        <Text size="xs" c="dimmed" key={r.round}>
                          {roundText(r, props.members, t)}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={
                          state === 'accepted'
                            ? 'teal.9'
                            : state === 'declined'
                              ? 'red.9'
                              : 'blue.9'
                        }
                        variant="filled"
                        tt="none"
                      >
                        {t(`duty.handover.state.${state}`)}
                      </Badge>
                      {a?.answer === 'declined' && (
                        <>
                          <Text size="xs" c="dimmed" mt={2}>
                            {ground(a.groundId)}
                            {a.note ? ` — ${a.note}` : ''}
                          </Text>
                          <Button size="xs" mt={4} onClick={() => props.onHandOn(d)}>
                            {t('duty.handover.handOn')}
                          </Button>
                        </>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
