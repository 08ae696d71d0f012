import { Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Profile } from '../../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../../src-shared/domain/dates/iso-date';
import { useHashParams } from '../../../app/use-hash-route';
import { repos } from '../../../db';
import { currentLocale } from '../../../i18n/i18n';
import { useTranslation } from '../../../i18n/translate';
import {
  lastJusticeBody,
  newConsultationValues,
  newDefenceValues,
  previousMonth,
} from './claim-defaults';
import { emptyClaimValues, type ClaimFormValues } from './claim-form-values';
import { defencePackOf } from './claim-labels';
import { claimsRoute, type ClaimsRoute } from './claim-links';
import { useFeePacks, useOwnRecords, type OwnRecords } from './claim-world';
import { ClaimList } from './ClaimList';
import { ClaimPage } from './ClaimPage';
import { NewClaimButton } from './NewClaimButton';

export { NewClaimButton } from './NewClaimButton';

/** A new claim's starting values for the route, from the records as they are now. */
function newValues(
  route: Extract<ClaimsRoute, { view: 'new' }>,
  own: OwnRecords,
  profile: Profile,
  today: string,
): ClaimFormValues {
  if (route.kind === 'consultation')
    return newConsultationValues(
      route.month || previousMonth(today),
      [...own.rows.values()],
      own.claims,
      profile.office,
    );
  const a = own.appointments.get(route.appointmentId);
  if (a) return newDefenceValues(a, own.claims, today);
  return { ...emptyClaimValues('defence'), justiceBody: lastJusticeBody(own.claims) };
}

/** A new claim starts from the records as they were when it was opened, not as they change. */
function NewClaimPage(
  props: { route: Extract<ClaimsRoute, { view: 'new' }> } & Omit<
    Parameters<typeof ClaimPage>[0],
    'claim' | 'initial'
  >,
) {
  const { route, ...page } = props;
  const [initial] = useState(() => newValues(route, page.own, page.profile, page.today));
  return <ClaimPage {...page} claim={undefined} initial={initial} />;
}

/**
 * The Reports page's "Claims" tab (Rules cl. 54–59; MoJ orders 1462, 434): the advocate's fee
 * claims and one claim at a time, as the hash says (`#/reports?tab=claims&claim=<id>`, or
 * `&new=defence&appointment=<id>` / `&new=consultation&month=YYYY-MM` for a new one).
 */
export function ClaimsPanel({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const params = useHashParams();
  const route = claimsRoute(params);
  const own = useOwnRecords(profile.id);
  const packs = useFeePacks();
  const today = todayIso();
  // The claim is read on its own too: right after it is created the list may lag a moment.
  const claimId = route.view === 'claim' ? route.id : '';
  const stored = useLiveQuery(
    async () => ({ id: claimId, claim: claimId ? await repos.feeClaims.get(claimId) : undefined }),
    [claimId],
  );
  // Right after the hash changes the query still holds the previous answer: that is loading too.
  const loadingClaim = !!claimId && stored?.id !== claimId;
  const claim = stored?.claim?.advocateId === profile.id ? stored.claim : undefined;

  // The documents print from here: warm up pdfmake and the fonts while the advocate reads.
  useEffect(() => {
    const idle = setTimeout(
      () => void import('../../../documents/render-pdf').then((m) => m.preloadPdf()),
      1500,
    );
    return () => clearTimeout(idle);
  }, []);

  if (!own || !packs || loadingClaim)
    return (
      <Center p="xl">
        <Loader aria-label={t('fees.claims.loading')} />
      </Center>
    );

  const defencePack = defencePackOf(packs.all, today);
  const page = { profile, own, packs, today, locale };
  if (route.view === 'claim') return <ClaimPage key={route.id} {...page} claim={claim} />;
  if (route.view === 'new')
    return (
      <NewClaimPage
        key={`${route.kind}:${route.appointmentId}:${route.month}`}
        route={route}
        {...page}
      />
    );

  return (
    <Stack gap="md" data-testid="claims-panel">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">
            {t('fees.claims.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('fees.claims.intro')}
          </Text>
        </div>
        <Group gap="xs">
          <NewClaimButton kind="defence" />
          <NewClaimButton kind="consultation" variant="default" />
        </Group>
      </Group>
      <ClaimList
        ownerId={profile.id}
        own={own}
        packs={packs.fee}
        defencePack={defencePack}
        today={today}
        locale={locale}
      />
    </Stack>
  );
}
