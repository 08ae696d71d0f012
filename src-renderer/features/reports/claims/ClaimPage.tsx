import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import type { Profile } from '../../../../src-shared/contracts/entities/profile';
import { registerLabel } from '../../../../src-shared/domain/fees/from-registers';
import type { FeePacks } from '../../../../src-shared/domain/fees/types';
import { formatDate } from '../../../../src-shared/i18n/format';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { RulePack } from '../../../../src-shared/rules/pack-schema';
import { useTranslation } from '../../../i18n/translate';
import { ClaimEditor } from './ClaimEditor';
import { valuesFromClaim, type ClaimFormValues } from './claim-form-values';
import { claimHash, claimsListHash } from './claim-links';
import { claimDue, claimTariff, dueStatus } from './claim-packs';
import type { OwnRecords } from './claim-world';
import { ClaimRecord } from './ClaimRecord';
import { ClaimStateBadge } from './ClaimStateBadge';

/** "File by 23.01.2027", red when late or close; nothing once filed. */
function DueBadge({
  claim,
  packs,
  today,
  locale,
}: {
  claim: FeeClaim;
  packs: FeePacks;
  today: string;
  locale: Locale;
}) {
  const { t } = useTranslation();
  if (claim.state !== 'draft' && claim.state !== 'ready') return null;
  const due = claimDue(claim.basisDocument.date, claimTariff(claim, packs.tariffs, today));
  if (!due) return null;
  const status = dueStatus(due, today);
  const urgent = status === 'late' || status === 'soon';
  return (
    <Badge
      color={urgent ? 'red.9' : 'gray.7'}
      variant={urgent ? 'filled' : 'outline'}
      tt="none"
      data-testid="claim-due"
    >
      {status === 'late'
        ? t('fees.claims.due.late', { date: formatDate(due, locale) })
        : t('fees.claims.due.by', { date: formatDate(due, locale) })}
    </Badge>
  );
}

/**
 * One claim: a draft (or a new claim) is edited, a claim ready or later is shown as recorded.
 * The editor is keyed by the claim's life (its history's length), so a return to draft opens
 * a fresh form from the stored claim, while saving an edit keeps the form as typed.
 */
export function ClaimPage({
  profile,
  own,
  packs,
  claim,
  initial,
  today,
  locale,
}: {
  profile: Profile;
  own: OwnRecords;
  packs: { all: RulePack[]; fee: FeePacks };
  /** The stored claim; undefined for a new one (then `initial` is its start). */
  claim: FeeClaim | undefined;
  initial?: ClaimFormValues | undefined;
  today: string;
  locale: Locale;
}) {
  const { t } = useTranslation();
  // The form takes its start once, when mounted (keyed below): later versions do not reset it.
  const start = claim ? valuesFromClaim(claim) : initial;
  const copiedFrom = claim?.copiedFromId
    ? own.claims.find((c) => c.id === claim.copiedFromId)
    : undefined;
  const kind = claim?.kind ?? initial?.kind ?? 'defence';

  return (
    <Stack gap="md" data-testid="claim-page">
      <Anchor href={claimsListHash()} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden />
          {t('fees.claims.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} size="h3">
            {claim
              ? t('fees.claims.header.title', { label: registerLabel(claim) })
              : initial
                ? t('fees.claims.header.new')
                : t('fees.claims.notFound')}
          </Title>
          {start && (
            <Text size="sm" c="dimmed">
              {t(`fees.claims.kinds.${kind}`)}
            </Text>
          )}
          {copiedFrom && (
            <Anchor size="sm" href={claimHash(copiedFrom.id)}>
              {t('fees.claims.header.copiedFrom', { label: registerLabel(copiedFrom) })}
            </Anchor>
          )}
        </Stack>
        <Group gap="xs">
          {claim && <DueBadge claim={claim} packs={packs.fee} today={today} locale={locale} />}
          {claim ? <ClaimStateBadge state={claim.state} size="lg" /> : null}
        </Group>
      </Group>
      {!start ? null : !claim || claim.state === 'draft' ? (
        <ClaimEditor
          key={claim ? `${claim.id}:${claim.history.length}` : 'new'}
          profile={profile}
          own={own}
          packs={packs}
          claim={claim}
          initial={start}
          today={today}
          locale={locale}
        />
      ) : (
        <ClaimRecord
          profile={profile}
          own={own}
          packs={packs}
          claim={claim}
          today={today}
          locale={locale}
        />
      )}
    </Stack>
  );
}
