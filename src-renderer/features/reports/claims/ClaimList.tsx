import { Anchor, Badge, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { FeeClaimState } from '../../../../src-shared/contracts/entities/fee-claim';
import { calculateClaim } from '../../../../src-shared/domain/fees/calculate';
import type { FeePacks } from '../../../../src-shared/domain/fees/types';
import { formatDate } from '../../../../src-shared/i18n/format';
import { formatMoney } from '../../../../src-shared/i18n/money';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { DefenceRegisterPack } from '../../../../src-shared/rules/pack-schema';
import { useTranslation } from '../../../i18n/translate';
import { packLabel } from '../../appointments/detail-shared';
import { claimListRow, STATE_FILTER, type ClaimListRow } from './claim-list';
import { claimHash } from './claim-links';
import { langOf } from './claim-labels';
import { claimInput } from './claim-model';
import { useClaimWorld, useEntries, type OwnRecords } from './claim-world';
import { ClaimStateBadge } from './ClaimStateBadge';

function Subject({
  row,
  pack,
  locale,
}: {
  row: ClaimListRow;
  pack: DefenceRegisterPack | null;
  locale: Locale;
}) {
  const { t } = useTranslation();
  if (row.kind === 'consultation') return <>{t('fees.claims.subject.consultation')}</>;
  if (!row.appointment) return <>{t('fees.claims.subject.missing')}</>;
  return (
    <Stack gap={0}>
      <Text size="sm">
        {t('fees.claims.subject.defence', {
          record: row.appointment.label,
          caseKind: t(`appointments.caseKinds.${row.appointment.caseKind}`),
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {packLabel(pack?.stages, row.appointment.stageId, langOf(locale))}
      </Text>
    </Stack>
  );
}

function DueCell({ row, locale }: { row: ClaimListRow; locale: Locale }) {
  const { t } = useTranslation();
  if (row.state !== 'draft' && row.state !== 'ready') return null;
  if (!row.due)
    return (
      <Text size="xs" c="dimmed">
        {t('fees.claims.due.unknown')}
      </Text>
    );
  const date = formatDate(row.due, locale);
  if (row.dueStatus === 'late' || row.dueStatus === 'soon')
    return (
      <Badge color="red.9" variant="filled" tt="none" data-testid="claim-due-urgent">
        {row.dueStatus === 'late' ? t('fees.claims.due.late', { date }) : date}
      </Badge>
    );
  return <Text size="sm">{date}</Text>;
}

/**
 * The advocate's claims, newest first, with a filter by state. A draft's amount is the live
 * estimate (marked "≈"): it is fixed only when the claim is made ready.
 */
export function ClaimList({
  ownerId,
  own,
  packs,
  defencePack,
  today,
  locale,
}: {
  ownerId: string;
  own: OwnRecords;
  packs: FeePacks;
  defencePack: DefenceRegisterPack | null;
  today: string;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<FeeClaimState | ''>('');
  // Drafts are priced live for the list: their entries are decoded, the rest use the rows.
  const ids = useMemo(
    () =>
      [
        ...new Set(
          own.claims.flatMap((c) =>
            c.state === 'draft' && c.kind === 'consultation' ? c.consultationIds : [],
          ),
        ),
      ].sort(),
    [own.claims],
  );
  const world = useClaimWorld(own, useEntries(ownerId, ids));
  const rows = useMemo(
    () =>
      own.claims.map((c) => {
        let live: number | null = null;
        if (c.state === 'draft' && world) {
          const input = claimInput(
            { id: c.id, advocateId: c.advocateId, fields: c, state: c.state },
            world,
            today,
          );
          live = input instanceof Error ? null : calculateClaim(input, packs).totals.totalTiyn;
        }
        return claimListRow(c, own.appointments.get(c.appointmentId), packs.tariffs, today, live);
      }),
    [own, world, packs, today],
  );
  const shown = state ? rows.filter((r) => r.state === state) : rows;

  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Select
          label={t('fees.claims.filter.label')}
          w={220}
          value={state}
          onChange={(v) => setState((v ?? '') as FeeClaimState | '')}
          data={[
            { value: '', label: t('fees.claims.filter.all') },
            ...STATE_FILTER.map((s) => ({ value: s, label: t(`fees.claims.states.${s}`) })),
          ]}
          data-testid="claims-filter"
        />
        <Text size="sm" c="dimmed" pb={6}>
          {t('fees.claims.count', { count: shown.length })}
        </Text>
      </Group>
      {shown.length === 0 ? (
        <Text size="sm">
          {rows.length === 0 ? t('fees.claims.empty') : t('fees.claims.emptyFiltered')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table withTableBorder striped highlightOnHover data-testid="claims-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fees.claims.columns.number')}</Table.Th>
                <Table.Th>{t('fees.claims.columns.subject')}</Table.Th>
                <Table.Th>{t('fees.claims.columns.period')}</Table.Th>
                <Table.Th ta="right">{t('fees.claims.columns.total')}</Table.Th>
                <Table.Th>{t('fees.claims.columns.state')}</Table.Th>
                <Table.Th>{t('fees.claims.columns.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((r) => (
                <Table.Tr
                  key={r.id}
                  data-testid="claim-row"
                  data-state={r.state}
                  style={{ cursor: 'pointer' }}
                  onClick={() => (location.hash = claimHash(r.id))}
                >
                  <Table.Td>
                    <Anchor href={claimHash(r.id)} fw={600} onClick={(e) => e.stopPropagation()}>
                      {r.label}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Subject row={r} pack={defencePack} locale={locale} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {t('fees.claims.period', {
                      from: formatDate(r.period.from, locale),
                      to: formatDate(r.period.to, locale),
                    })}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {r.totalTiyn === null
                      ? '—'
                      : `${r.estimate ? '≈ ' : ''}${formatMoney(r.totalTiyn, locale)}`}
                    {r.paidTiyn > 0 && r.state === 'partly-paid' && (
                      <Text size="xs" c="dimmed">
                        {t('fees.claims.paidSoFar', { amount: formatMoney(r.paidTiyn, locale) })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ClaimStateBadge state={r.state} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <DueCell row={r} locale={locale} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
