import { Button, Group, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import type { AppointmentState } from '../../../src-shared/contracts/entities/appointment';
import type { ConsultationStatus } from '../../../src-shared/contracts/entities/consultation';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { formatDate } from '../../../src-shared/i18n/format';
import { notify } from '../../app/notify';
import { repos } from '../../db';
import type { OfficeAdvocate } from '../../db/office-reads';
import { currentLocale } from '../../i18n/i18n';
import { useRulesOn } from '../../rules/use-rules-on';
import {
  officeRegisterLines,
  type OfficeRegister,
  type OfficeRegisterLine,
} from './office-register';
import { printAdvocateRegister } from './print-office';

const LANG_TAG = { kk: 'ҚАЗ', ru: 'РУС' } as const;
/** The "all advocates" choice of the advocate filter. */
const ALL = '';

/**
 * The office's registers for a month, read-only: one advocate's or everyone's, the advocate
 * named on each line. A line opens the record read-only; one advocate's register prints.
 */
export function OfficeRegisters({
  month,
  advocates,
  advocateId,
  onAdvocate,
  register,
  onRegister,
  profile,
  onOpen,
}: {
  month: string;
  advocates: readonly OfficeAdvocate[];
  advocateId: string | null;
  onAdvocate: (advocateId: string | null) => void;
  register: OfficeRegister;
  onRegister: (register: OfficeRegister) => void;
  profile: Profile;
  onOpen: (line: OfficeRegisterLine) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const rules = useRulesOn(`${month}-01`);
  const order = advocates.map((a) => a.id);
  const lines = useLiveQuery(
    () => officeRegisterLines(repos, register, month, advocateId, order),
    [register, month, advocateId, order.join('|')],
  );
  const names = new Map(advocates.map((a) => [a.id, a.profile.fullName]));
  const chosen = advocates.find((a) => a.id === advocateId);
  const area = (id: string) =>
    rules.eligibility?.issueAreas.find((a) => a.id === id)?.label[lang] ?? id;
  const status = (l: OfficeRegisterLine) =>
    l.kind === 'consultation'
      ? t(`register.statuses.${l.status as ConsultationStatus}`)
      : t(`appointments.states.${l.status as AppointmentState}`);

  const print = async (l: 'kk' | 'ru') => {
    if (!chosen) return;
    try {
      const r = await printAdvocateRegister({
        register,
        month,
        advocate: chosen,
        printedBy: profile,
        lang: l,
        packs: { register: rules.register, defence: rules.defence, eligibility: rules.eligibility },
      });
      if (r === null) notify('error', t('office.print.noPack'));
      else if (r.ok && r.value.saved) notify('success', t('office.print.printed'));
    } catch (error) {
      console.error('office register PDF failed', error);
      notify('error', t('office.print.failed'));
    }
  };

  return (
    <Stack gap="sm" data-testid="office-registers">
      <Title order={2} size="h4">
        {t('office.registers.title')}
      </Title>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('office.registers.advocate')}
          w={280}
          allowDeselect={false}
          value={advocateId ?? ALL}
          onChange={(v) => onAdvocate(v ? v : null)}
          data={[
            { value: ALL, label: t('office.registers.all') },
            ...advocates.map((a) => ({ value: a.id, label: a.profile.fullName })),
          ]}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="office-register-kind">
            {t('office.registers.register')}
          </Text>
          <SegmentedControl
            aria-labelledby="office-register-kind"
            value={register}
            onChange={(v) => onRegister(v as OfficeRegister)}
            data={[
              { value: 'consultations', label: t('office.registers.consultations') },
              { value: 'defence', label: t('office.registers.defence') },
            ]}
          />
        </div>
      </Group>

      <Group justify="space-between">
        <Text size="sm" data-testid="office-register-count">
          {t('office.registers.count', { count: lines?.length ?? 0 })}
        </Text>
        {chosen ? (
          <Group gap="xs">
            {(['kk', 'ru'] as const).map((l) => (
              <Button
                key={l}
                size="xs"
                variant="default"
                leftSection={<IconPrinter size={14} aria-hidden />}
                onClick={() => void print(l)}
              >
                {t('office.print.button', { lang: LANG_TAG[l] })}
              </Button>
            ))}
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            {t('office.print.chooseAdvocate')}
          </Text>
        )}
      </Group>

      {lines && lines.length === 0 ? (
        <Text c="dimmed">{t('office.registers.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table striped highlightOnHover withTableBorder data-testid="office-register-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('office.registers.columns.number')}</Table.Th>
                <Table.Th w={150}>{t('office.registers.columns.date')}</Table.Th>
                <Table.Th>{t('office.registers.columns.advocate')}</Table.Th>
                <Table.Th>{t('office.registers.columns.person')}</Table.Th>
                <Table.Th>
                  {register === 'consultations'
                    ? t('office.registers.columns.issue')
                    : t('office.registers.columns.case')}
                </Table.Th>
                <Table.Th>{t('office.registers.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(lines ?? []).map((l) => (
                <Table.Tr
                  key={l.id}
                  onClick={() => onOpen(l)}
                  style={{ cursor: 'pointer' }}
                  data-testid="office-register-row"
                >
                  <Table.Td>
                    <Button variant="subtle" size="compact-sm" onClick={() => onOpen(l)}>
                      {l.number}/{l.year}
                    </Button>
                  </Table.Td>
                  <Table.Td>
                    {formatDate(l.at.slice(0, 10), locale)} {l.at.slice(11, 16)}
                  </Table.Td>
                  <Table.Td>{names.get(l.advocateId) ?? t('office.roster.unknown')}</Table.Td>
                  <Table.Td>{l.person}</Table.Td>
                  <Table.Td>{l.kind === 'consultation' ? area(l.subject) : l.subject}</Table.Td>
                  <Table.Td>{status(l)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
