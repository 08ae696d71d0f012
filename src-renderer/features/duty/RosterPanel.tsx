import {
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconPlus, IconUsersPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import type { RosterMember } from '../../../src-shared/contracts/entities/duty-roster';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { formatPhone } from '../../../src-shared/domain/phone/phone';
import { formatDate } from '../../../src-shared/i18n/format';
import { notify } from '../../app/notify';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';
import { MemberForm } from './MemberForm';
import { absenceToShow } from './roster-form-values';

const DASH = '—';

/**
 * The head's roster of the office's advocates taking part in SGLA (Rules cl. 12–14, 23): who
 * can be put on duty, in which schedules, and who is absent or suspended. Members are never
 * removed, only marked as left: published schedules and hand-overs still name them.
 */
export function RosterPanel({
  profile,
  extraActions,
}: {
  profile: Profile;
  /** Header actions passed in by the page (the lead's "Print participant list"). */
  extraActions?: ReactNode;
}) {
  const { t } = useTranslation();
  const members = useLiveQuery(() => repos.roster.list(), []);
  const accounts = useLiveQuery(() => repos.office.advocates(), []);
  // `undefined` when closed; `null` member for a new one.
  const [editing, setEditing] = useState<{ member: RosterMember | null } | undefined>();
  const [adding, setAdding] = useState(false);

  if (!members || !accounts)
    return (
      <Center h={200}>
        <Loader aria-label="…" />
      </Center>
    );

  const linked = new Set(members.map((m) => m.userId).filter(Boolean));
  const unlinked = accounts.filter((a) => !linked.has(a.id));
  const active = members.filter((m) => m.status !== 'left');
  const left = members.filter((m) => m.status === 'left');

  const addSynced = async () => {
    setAdding(true);
    try {
      const added = await repos.roster.addFromProfiles(
        unlinked.map((a) => a.profile),
        profile.id,
      );
      notify('success', t('duty.roster.addedSynced', { count: added.length }));
    } catch (error) {
      console.error('adding synced advocates to the roster failed', error);
      notify('error', t('duty.roster.addSyncedFailed'));
    } finally {
      setAdding(false);
    }
  };

  const open = (member: RosterMember | null) => setEditing({ member });
  const editedId = editing?.member?.id;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4">
              {t('duty.roster.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('duty.roster.activeCount', { count: active.length })}
            </Text>
          </div>
          <Group gap="xs">
            {/* Slot for actions the page adds (e.g. "Print participant list"). */}
            {extraActions}
            {unlinked.length > 0 && (
              <Button
                variant="light"
                leftSection={<IconUsersPlus size={16} aria-hidden />}
                loading={adding}
                onClick={() => void addSynced()}
                data-testid="duty-roster-add-synced"
              >
                {t('duty.roster.addSynced', { count: unlinked.length })}
              </Button>
            )}
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open(null)}>
              {t('duty.roster.add')}
            </Button>
          </Group>
        </Group>
        <Text size="sm" c="dimmed" maw={760}>
          {t('duty.roster.intro')}
        </Text>

        {members.length === 0 ? (
          <Text size="sm" c="dimmed" py="lg" ta="center">
            {t('duty.roster.empty')}
          </Text>
        ) : (
          <RosterMembersTable active={active} left={left} onOpen={open} />
        )}
      </Stack>

      {editing && (
        <MemberForm
          key={editedId ?? 'new'}
          member={editing.member}
          headId={profile.id}
          accounts={accounts}
          linkedElsewhere={
            new Set(members.filter((m) => m.id !== editedId && m.userId).map((m) => m.userId))
          }
          onClose={() => setEditing(undefined)}
        />
      )}
    </Paper>
  );
}

function RosterMembersTable({
  active,
  left,
  onOpen,
}: {
  active: readonly RosterMember[];
  left: readonly RosterMember[];
  onOpen: (m: RosterMember) => void;
}) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table withTableBorder highlightOnHover data-testid="duty-roster">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('duty.roster.columns.advocate')}</Table.Th>
            <Table.Th>{t('duty.roster.columns.phone')}</Table.Th>
            <Table.Th>{t('duty.roster.columns.kinds')}</Table.Th>
            <Table.Th>{t('duty.roster.columns.specialisations')}</Table.Th>
            <Table.Th>{t('duty.roster.columns.territory')}</Table.Th>
            <Table.Th>{t('duty.roster.columns.status')}</Table.Th>
            <Table.Th>{t('duty.roster.columns.absence')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {active.map((m) => (
            <MemberRow key={m.id} member={m} today={today} onOpen={onOpen} />
          ))}
          {left.length > 0 && (
            <Table.Tr>
              <Table.Td colSpan={7} bg="var(--mantine-color-default-hover)">
                <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                  {t('duty.roster.left')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {left.map((m) => (
            <MemberRow key={m.id} member={m} today={today} onOpen={onOpen} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MemberRow({
  member: m,
  today,
  onOpen,
}: {
  member: RosterMember;
  today: string;
  onOpen: (m: RosterMember) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const isLeft = m.status === 'left';
  const shown = absenceToShow(m.absences, today);
  // A suspended advocate (cl. 23) must not be missed when the head hands an appointment on.
  const suspendedNow = !isLeft && shown?.now === true && shown.absence.type === 'suspension';
  const period = (a: { from: string; to: string }) =>
    `${formatDate(a.from, locale)} – ${formatDate(a.to, locale)}`;
  let absenceCell: ReactNode = DASH;
  if (shown) {
    const { absence: a, now } = shown;
    const color = !now ? 'gray.7' : a.type === 'suspension' ? 'red.9' : '#9a3412';
    absenceCell = (
      <Stack gap={2}>
        <Badge
          color={color}
          variant={now ? 'filled' : 'outline'}
          tt="none"
          data-testid={suspendedNow ? 'duty-roster-suspended' : undefined}
        >
          {t(now ? `duty.roster.absenceNow.${a.type}` : `duty.roster.absenceNext.${a.type}`)}
        </Badge>
        <Text size="xs">
          {period(a)} · {t(`duty.roster.absenceGrounds.${a.ground}`)}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {a.reason}
        </Text>
      </Stack>
    );
  }
  return (
    <Table.Tr
      data-testid="duty-roster-row"
      data-status={m.status}
      onClick={() => onOpen(m)}
      style={{ cursor: 'pointer', opacity: isLeft ? 0.55 : undefined }}
      bg={suspendedNow ? 'var(--mantine-color-red-light)' : undefined}
    >
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {/* The row is clickable; the name is the keyboard way in. */}
          <UnstyledButton
            onClick={(e) => {
              e.stopPropagation();
              onOpen(m);
            }}
          >
            <Text size="sm" fw={600} td="underline">
              {m.fullName}
            </Text>
          </UnstyledButton>
          {m.soloPractitioner && (
            <Badge variant="outline" color="grape.9" tt="none">
              {t('duty.roster.solo')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPhone(m.phone)}</Table.Td>
      <Table.Td>
        <Stack gap={2}>
          {m.kinds.map((k) => (
            <Text key={k} size="xs">
              {t(`duty.kinds.${k}`)}
            </Text>
          ))}
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="xs">
          {m.specialisations.length > 0
            ? m.specialisations.map((s) => t(`duty.roster.specialisations.${s}`)).join('; ')
            : DASH}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{m.territory || DASH}</Text>
      </Table.Td>
      <Table.Td>
        <Badge color={isLeft ? 'gray.7' : 'teal.9'} variant="filled" tt="none">
          {t(`duty.roster.statuses.${m.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{absenceCell}</Table.Td>
    </Table.Tr>
  );
}
