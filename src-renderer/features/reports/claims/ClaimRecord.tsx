import { Center, Loader, Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import type { Profile } from '../../../../src-shared/contracts/entities/profile';
import { claimFieldsOf } from '../../../../src-shared/domain/fees/claim-lifecycle';
import type { FeePacks } from '../../../../src-shared/domain/fees/types';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { RulePack } from '../../../../src-shared/rules/pack-schema';
import { useTranslation } from '../../../i18n/translate';
import { CalculationSection } from './CalculationSection';
import { ClaimHistory } from './ClaimHistory';
import { claimLabels, defencePackOf } from './claim-labels';
import { claimModel, entriesToOpen } from './claim-model';
import { useClaimWorld, useEntries, type OwnRecords } from './claim-world';
import { ClaimPrint } from './ClaimPrint';
import { ClaimSummary } from './ClaimSummary';
import { IssuesList } from './IssuesList';
import { LifecycleActions } from './LifecycleActions';

/**
 * A claim that is ready or later: what it says, its frozen calculation (never priced again:
 * a tariff pack installed since does not change it), the checks while it is still to be filed,
 * the next steps of its life, its documents and its history.
 */
export function ClaimRecord({
  profile,
  own,
  packs,
  claim,
  today,
  locale,
}: {
  profile: Profile;
  own: OwnRecords;
  packs: { all: RulePack[]; fee: FeePacks };
  claim: FeeClaim;
  today: string;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const fields = useMemo(() => claimFieldsOf(claim), [claim]);
  const entries = useEntries(
    profile.id,
    useMemo(() => entriesToOpen(fields, own), [fields, own]),
  );
  const world = useClaimWorld(own, entries);
  const model = useMemo(
    () =>
      world &&
      claimModel(
        {
          id: claim.id,
          advocateId: claim.advocateId,
          fields,
          state: claim.state,
          calculation: claim.calculation,
          submissionDate: claim.submission?.date,
        },
        world,
        packs.fee,
        today,
      ),
    [world, claim, fields, packs.fee, today],
  );
  const labels = useMemo(() => claimLabels(packs.all, claim.period.to), [packs.all, claim]);
  const appointment =
    claim.kind === 'defence' ? own.appointments.get(claim.appointmentId) : undefined;
  const selected = claim.consultationIds.flatMap((id) => {
    const e = entries?.get(id);
    return e ? [e] : [];
  });

  if (!model)
    return (
      <Center p="md">
        <Loader size="sm" aria-label={t('fees.claims.loading')} />
      </Center>
    );
  return (
    <Stack gap="md" data-testid="claim-record">
      <ClaimSummary
        claim={claim}
        appointment={appointment}
        defencePack={defencePackOf(packs.all, claim.period.to)}
        labels={labels}
        locale={locale}
      />
      <CalculationSection
        calculation={model.calculation}
        frozenAt={claim.readyAt ?? claim.updatedAt}
        labels={labels}
        packs={packs.all}
        locale={locale}
      />
      {claim.state === 'ready' && (
        <IssuesList issues={model.issues} labels={labels} locale={locale} missing={model.missing} />
      )}
      <LifecycleActions claim={claim} actor={profile.id} locale={locale} />
      <ClaimPrint
        claim={claim}
        fields={fields}
        profile={profile}
        appointment={appointment}
        entries={selected}
        packs={packs.all}
      />
      <ClaimHistory claim={claim} locale={locale} />
    </Stack>
  );
}
