import { Badge } from '@mantine/core';
import type { FeeClaimState } from '../../../../src-shared/contracts/entities/fee-claim';
import { useTranslation } from '../../../i18n/translate';

/** Colours with enough contrast for white text (axe checks them in e2e). */
const LOOK: Record<FeeClaimState, { color: string; variant: 'filled' | 'outline' }> = {
  draft: { color: 'gray.7', variant: 'filled' },
  ready: { color: 'blue.9', variant: 'filled' },
  // Filed and waiting for the justice body: outlined, so it reads apart from "ready".
  submitted: { color: 'blue.9', variant: 'outline' },
  paid: { color: 'teal.9', variant: 'filled' },
  'partly-paid': { color: '#9a3412', variant: 'filled' },
  rejected: { color: 'red.9', variant: 'filled' },
};

export function ClaimStateBadge({
  state,
  size = 'md',
}: {
  state: FeeClaimState;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  const look = LOOK[state];
  return (
    <Badge
      color={look.color}
      variant={look.variant}
      tt="none"
      size={size}
      data-state={state}
      data-testid="claim-state"
    >
      {t(`fees.claims.states.${state}`)}
    </Badge>
  );
}
