import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCash, IconCopy, IconSend, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import { allowedActions } from '../../../../src-shared/domain/fees/claim-lifecycle';
import type { Locale } from '../../../../src-shared/i18n/locales';
import { repos } from '../../../db';
import { useTranslation, type MessageKey } from '../../../i18n/translate';
import { claimHash } from './claim-links';
import { StepModal, type ClaimStep } from './StepModal';
import { useClaimAction } from './use-claim-action';

/** The main step of each state first (filed, paid); the exceptional ones after it. */
const STEP_BUTTONS: { step: ClaimStep; label: MessageKey; icon: typeof IconSend }[] = [
  { step: 'submit', label: 'fees.claims.steps.submit', icon: IconSend },
  { step: 'pay', label: 'fees.claims.steps.pay', icon: IconCash },
  { step: 'reject', label: 'fees.claims.steps.reject', icon: IconX },
  { step: 'back-to-draft', label: 'fees.claims.steps.back', icon: IconArrowBackUp },
];

/**
 * What can happen next to a claim that is ready or later, as claim-lifecycle.ts allows it in
 * its state (the repository asks the same functions, so a button here is never refused for its
 * state). A rejected claim is kept; "make a new draft" copies it under a new number.
 */
export function LifecycleActions({
  claim,
  actor,
  locale,
}: {
  claim: FeeClaim;
  actor: string;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<ClaimStep | null>(null);
  const { busy, run } = useClaimAction();
  const allowed = allowedActions(claim);
  const steps = STEP_BUTTONS.filter((b) => allowed.includes(b.step));

  const copy = async () => {
    const draft = await run(() => repos.feeClaims.copyAsNewDraft(claim.id, actor));
    if (!draft) return;
    location.hash = claimHash(draft.id);
  };

  const hint: MessageKey | null =
    claim.state === 'ready'
      ? 'fees.claims.steps.readyHint'
      : claim.state === 'submitted'
        ? 'fees.claims.steps.submittedHint'
        : claim.state === 'partly-paid'
          ? 'fees.claims.steps.partlyPaidHint'
          : claim.state === 'rejected'
            ? 'fees.claims.steps.rejectedHint'
            : null;

  if (steps.length === 0 && !allowed.includes('copy')) return null;
  return (
    <Paper withBorder p="md" data-testid="claim-actions">
      <Stack gap="xs">
        <Group>
          {steps.map((b) => (
            <Button
              key={b.step}
              variant={b.step === 'back-to-draft' || b.step === 'reject' ? 'default' : 'filled'}
              c={b.step === 'reject' ? 'red.9' : undefined}
              leftSection={<b.icon size={18} aria-hidden />}
              onClick={() => setStep(b.step)}
              disabled={busy}
              data-step={b.step}
            >
              {t(b.label)}
            </Button>
          ))}
          {allowed.includes('copy') && (
            <Button
              leftSection={<IconCopy size={18} aria-hidden />}
              onClick={() => void copy()}
              loading={busy}
              data-step="copy"
            >
              {t('fees.claims.steps.copy')}
            </Button>
          )}
        </Group>
        {hint && (
          <Text size="sm" c="dimmed">
            {t(hint)}
          </Text>
        )}
      </Stack>
      {step && (
        <StepModal
          step={step}
          claim={claim}
          actor={actor}
          locale={locale}
          onClose={() => setStep(null)}
        />
      )}
    </Paper>
  );
}
