import { Button, type ButtonProps } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import type { FeeClaimKind } from '../../../../src-shared/contracts/entities/fee-claim';
import { useTranslation } from '../../../i18n/translate';
import { newClaimHash } from './claim-links';

/**
 * Starts a new fee claim in the Reports page's claims tab: for an appointment ("Claim this
 * appointment", on the dashboard or the appointment's page), for a month's consultations, or
 * blank. Nothing is stored until the advocate saves the draft.
 */
export function NewClaimButton({
  kind,
  appointmentId,
  month,
  ...button
}: {
  kind: FeeClaimKind;
  /** Defence: the appointment to claim (its unclaimed work is preselected). */
  appointmentId?: string;
  /** Consultations: "YYYY-MM" (default: last month). */
  month?: string;
} & Omit<ButtonProps, 'children' | 'onClick'>) {
  const { t } = useTranslation();
  const label =
    kind === 'consultation'
      ? t('fees.claims.newConsultation')
      : appointmentId
        ? t('fees.claims.claimAppointment')
        : t('fees.claims.newDefence');
  return (
    <Button
      leftSection={<IconFilePlus size={18} aria-hidden />}
      {...button}
      onClick={() => {
        location.hash = newClaimHash(kind, {
          ...(appointmentId ? { appointmentId } : {}),
          ...(month ? { month } : {}),
        });
      }}
      data-testid={`new-claim-${kind}`}
    >
      {label}
    </Button>
  );
}
