import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ZodError } from 'zod';
import type { Distribution } from '../../../src-shared/contracts/entities/duty-distribution';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { formatDate } from '../../../src-shared/i18n/format';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { notify } from '../../app/notify';
import { repos } from '../../db';
import { DistributionStateError, distributionRef } from '../../db/distribution-repository';
import { currentLocale } from '../../i18n/i18n';
import { translateKey } from '../../i18n/message-key';
import { useTranslation, type TFunction } from '../../i18n/translate';
import { useRulesOn } from '../../rules/use-rules-on';
import { acceptHandOver } from './accept-hand-over';
import { dateWithWeekday } from './duty-labels';
import { formatStamp, myHandOvers } from './my-duty';

type Lang = 'kk' | 'ru';

/** The register entry an acceptance made (AppointmentsPage opens `?id=`). */
const appointmentHref = (id: string) => `#/appointments?id=${encodeURIComponent(id)}`;

/** A failed answer in words: the register's field message, a refused step, or "nothing lost". */
function failureText(error: unknown, t: TFunction): string {
  if (error instanceof ZodError) {
    const first = error.issues[0]?.message;
    return first ? translateKey(t, first) : t('duty.mine.handOvers.failed');
  }
  if (error instanceof DistributionStateError) return translateKey(t, error.code);
  console.error('hand-over answer failed', error);
  return t('duty.mine.handOvers.failed');
}

/**
 * cl. 17(2), 26–27, 36: the paper appointments the head handed to me by queue. I must answer
 * each: accept (it goes into my defence register) or decline on a ground of cl. 36 only —
 * the pack's list, nothing typed in. Answered ones stay below; an acceptance whose register
 * entry was not made (the app closed in between) offers to finish it.
 */
export function MyHandOvers(props: {
  profile: Profile;
  member: RosterMember;
  members: ReadonlyMap<string, RosterMember>;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang: Lang = locale === 'ru' ? 'ru' : 'kk';
  const pack = useRulesOn(todayIso()).defence;
  const [busy, setBusy] = useState<string | null>(null);
  const [declining, setDeclining] = useState<Distribution | null>(null);
  const data = useLiveQuery(
    async () => ({
      distributions: await repos.distributions.list(),
      answers: await repos.distributions.answers(),
    }),
    [],
  );
  if (!data) return null;
  const mine = myHandOvers(data.distributions, data.answers, props.member.id, props.profile.id);

  const accept = async (d: Distribution) => {
    setBusy(d.id);
    try {
      const id = await acceptHandOver(repos, d, props.member, props.profile, lang);
      notify(
        'success',
        <Stack gap={2}>
          <Text size="sm">{t('duty.mine.handOvers.accepted')}</Text>
          <Anchor href={appointmentHref(id)} size="sm">
            {t('duty.mine.handOvers.open')}
          </Anchor>
        </Stack>,
      );
    } catch (error) {
      notify('error', failureText(error, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="my-handovers">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            {t('duty.mine.handOvers.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('duty.mine.handOvers.intro')}
          </Text>
        </div>
        {mine.pending.length === 0 ? (
          <Text c="dimmed">{t('duty.mine.handOvers.none')}</Text>
        ) : (
          mine.pending.map((d) => (
            <Paper key={d.id} withBorder p="sm" bg="yellow.0" data-testid="pending-handover">
              <Stack gap="xs">
                <DocumentSummary d={d} pack={pack} lang={lang} />
                <Group>
                  <Button
                    color="green"
                    leftSection={<IconCheck size={16} aria-hidden />}
                    loading={busy === d.id}
                    disabled={busy !== null && busy !== d.id}
                    onClick={() => void accept(d)}
                  >
                    {t('duty.mine.handOvers.accept')}
                  </Button>
                  <Button
                    variant="default"
                    leftSection={<IconX size={16} aria-hidden />}
                    disabled={busy !== null}
                    onClick={() => setDeclining(d)}
                  >
                    {t('duty.mine.handOvers.decline')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          ))
        )}

        {mine.answered.length > 0 && (
          <>
            <Title order={3} size="h5">
              {t('duty.mine.handOvers.answeredTitle')}
            </Title>
            <Table.ScrollContainer minWidth={640}>
              <Table striped data-testid="answered-handovers">
                <Table.Tbody>
                  {mine.answered.map(({ distribution: d, answer: a }) => (
                    <Table.Tr key={a.id} data-state={a.answer}>
                      <Table.Td>{distributionRef(d)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{d.document.client.fullName}</Text>
                        <Text size="xs" c="dimmed">
                          {t('duty.mine.handOvers.caseNumber', { number: d.document.caseNumber })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {a.answer === 'declined' ? (
                          <Text size="sm">
                            {t('duty.mine.handOvers.stateDeclined', {
                              date: formatStamp(a.answeredAt, locale, false),
                              ground:
                                pack?.declineGrounds.find((g) => g.id === a.groundId)?.label[
                                  lang
                                ] ?? a.groundId,
                            })}
                          </Text>
                        ) : (
                          <Text size="sm">
                            {t('duty.mine.handOvers.stateAccepted', {
                              date: formatStamp(a.answeredAt, locale, false),
                            })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {a.answer === 'accepted' &&
                          (a.appointmentId ? (
                            <Anchor href={appointmentHref(a.appointmentId)} size="sm">
                              {t('duty.mine.handOvers.open')}
                            </Anchor>
                          ) : (
                            <Group gap="xs">
                              <Badge color="#9a3412" variant="filled" tt="none">
                                {t('duty.mine.handOvers.notInRegister')}
                              </Badge>
                              <Button
                                size="compact-sm"
                                loading={busy === d.id}
                                disabled={busy !== null && busy !== d.id}
                                onClick={() => void accept(d)}
                              >
                                {t('duty.mine.handOvers.addToRegister')}
                              </Button>
                            </Group>
                          ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
      <DeclineModal
        distribution={declining}
        pack={pack}
        lang={lang}
        onClose={() => setDeclining(null)}
        onDecline={async (d, groundId, note) => {
          try {
            await repos.distributions.answer(
              d,
              props.member.id,
              { answer: 'declined', groundId, note },
              props.profile.id,
              pack?.declineGrounds.map((g) => g.id) ?? [],
            );
            notify('success', t('duty.mine.handOvers.declined'));
            setDeclining(null);
            return true;
          } catch (error) {
            notify('error', failureText(error, t));
            return false;
          }
        }}
      />
    </Paper>
  );
}

/** The procedural document as the head entered it, with the round that chose me. */
function DocumentSummary(props: { d: Distribution; pack: DefenceRegisterPack | null; lang: Lang }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { document: doc } = props.d;
  const last = props.d.rounds[props.d.rounds.length - 1]!;
  const status = props.pack?.statuses.find((s) => s.id === doc.statusId)?.label[props.lang];
  const stage = props.pack?.stages.find((s) => s.id === doc.stageId)?.label[props.lang];
  return (
    <Stack gap={2}>
      <Text fw={600}>{t('duty.mine.handOvers.ref', { ref: distributionRef(props.d) })}</Text>
      <Text size="sm">
        {t('duty.mine.handOvers.decree', {
          number: doc.decree.number,
          date: formatDate(doc.decree.date, locale),
          body: doc.decree.body,
        })}
      </Text>
      <Text size="sm">{t('duty.mine.handOvers.caseNumber', { number: doc.caseNumber })}</Text>
      <Text size="sm">{t('duty.mine.handOvers.client', { name: doc.client.fullName })}</Text>
      <Text size="sm">
        {t('duty.mine.handOvers.statusStage', {
          status: status ?? doc.statusId,
          stage: stage ?? doc.stageId,
        })}
      </Text>
      <Text size="sm">
        {t('duty.mine.handOvers.duty', {
          date: dateWithWeekday(last.dutyDate, locale),
          kind: t(`duty.kinds.${last.kind}`),
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('duty.mine.handOvers.handedBy', { by: last.by, at: formatStamp(last.at, locale) })}
      </Text>
      {doc.note && (
        <Text size="sm" c="dimmed">
          {t('duty.mine.handOvers.note', { note: doc.note })}
        </Text>
      )}
    </Stack>
  );
}

/** cl. 36: a decline names one of the pack's grounds (no free text instead of it) and explains. */
function DeclineModal(props: {
  distribution: Distribution | null;
  pack: DefenceRegisterPack | null;
  lang: Lang;
  onClose: () => void;
  /** True when the decline was saved (the form is then cleared; on failure it keeps the input). */
  onDecline: (d: Distribution, groundId: string, note: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [groundId, setGroundId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const close = () => {
    setGroundId(null);
    setNote('');
    props.onClose();
  };
  const ground = props.pack?.declineGrounds.find((g) => g.id === groundId);
  const d = props.distribution;
  return (
    <Modal
      opened={d !== null}
      onClose={close}
      title={t('duty.mine.handOvers.declineTitle')}
      size="lg"
    >
      {d && !props.pack ? (
        <Alert color="red">{t('duty.mine.handOvers.noPack')}</Alert>
      ) : (
        d && (
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {t('duty.mine.handOvers.ref', { ref: distributionRef(d) })} ·{' '}
              {d.document.client.fullName}
            </Text>
            <Select
              label={t('duty.mine.handOvers.ground')}
              description={t('duty.mine.handOvers.groundHint')}
              withAsterisk
              data={props.pack!.declineGrounds.map((g) => ({
                value: g.id,
                label: g.label[props.lang],
              }))}
              value={groundId}
              onChange={setGroundId}
              allowDeselect={false}
              data-testid="decline-ground"
            />
            {ground && (
              <Text size="xs" c="dimmed">
                {ground.explanation[props.lang]}
              </Text>
            )}
            <Textarea
              label={t('duty.mine.handOvers.declineNote')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={500}
              autosize
              minRows={2}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('duty.mine.handOvers.cancel')}
              </Button>
              <Button
                color="red"
                disabled={!groundId}
                loading={busy}
                onClick={async () => {
                  if (!groundId) return;
                  setBusy(true);
                  const saved = await props
                    .onDecline(d, groundId, note)
                    .finally(() => setBusy(false));
                  if (saved) {
                    setGroundId(null);
                    setNote('');
                  }
                }}
              >
                {t('duty.mine.handOvers.decline')}
              </Button>
            </Group>
          </Stack>
        )
      )}
    </Modal>
  );
}
