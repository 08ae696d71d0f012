import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import type { Profile } from '../../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../../src-shared/domain/dates/iso-date';
import { claimFieldsOf } from '../../../../src-shared/domain/fees/claim-lifecycle';
import { registerLabel } from '../../../../src-shared/domain/fees/from-registers';
import type { FeePacks } from '../../../../src-shared/domain/fees/types';
import { formatTenge } from '../../../../src-shared/i18n/money';
import type { Locale } from '../../../../src-shared/i18n/locales';
import { notify } from '../../../app/notify';
import { repos } from '../../../db';
import { useTranslation } from '../../../i18n/translate';
import {
  claimFieldOf,
  toClaimInput,
  type ClaimFormValues,
  type ExpenseBasisOf,
} from './claim-form-values';
import { claimHash } from './claim-links';
import { claimModel, entriesToOpen, type ClaimModel } from './claim-model';
import { loadEntries, type OwnRecords } from './claim-world';
import { useClaimAction } from './use-claim-action';

/**
 * Save draft and Mark ready. "Ready" freezes the calculation, so it is refused while an error is
 * left and says why in words; the draft is saved first, and the calculation frozen is the one
 * of the saved draft (priced again from the stored fields and freshly read registers), never
 * one that lags behind the typing.
 */
export function DraftActions({
  profile,
  own,
  packs,
  claim,
  form,
  basisOf,
  model,
  dirty,
  locale,
}: {
  profile: Profile;
  own: OwnRecords;
  packs: FeePacks;
  claim: FeeClaim | undefined;
  form: UseFormReturnType<ClaimFormValues>;
  basisOf: ExpenseBasisOf;
  model: ClaimModel | undefined;
  dirty: boolean;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const { busy, run } = useClaimAction();
  const [confirming, setConfirming] = useState(false);
  const errors = model ? model.issues.filter((i) => i.severity === 'error').length : 0;
  const blocker = !model
    ? t('fees.claims.actions.readyLoading')
    : model.missing
      ? t('fees.claims.actions.readyMissing')
      : errors > 0
        ? t('fees.claims.actions.readyBlocked', { count: errors })
        : null;

  /** Saves the form as the draft (creating it when new); the stored claim, or undefined. */
  const saveDraft = async (): Promise<FeeClaim | undefined> => {
    if (form.validate().hasErrors) {
      notify('error', t('fees.claims.actions.fixFields'));
      return undefined;
    }
    if (claim && !dirty) return claim;
    const input = toClaimInput(form.values, basisOf);
    const saved = await run(
      () =>
        claim
          ? repos.feeClaims.updateDraft(claim.id, input, profile.id)
          : repos.feeClaims.createDraft(input, profile.id),
      { form, field: claimFieldOf },
    );
    if (saved) form.resetDirty();
    return saved;
  };

  const save = async () => {
    const saved = await saveDraft();
    if (!saved) return;
    if (claim) notify('success', t('fees.claims.actions.saved'));
    else {
      notify('success', t('fees.claims.actions.created', { label: registerLabel(saved) }));
      location.hash = claimHash(saved.id);
    }
  };

  const markReady = async () => {
    setConfirming(false);
    const saved = await saveDraft();
    if (!saved) return;
    const ready = await run(
      async () => {
        const fields = claimFieldsOf(saved);
        const entries = await loadEntries(profile.id, entriesToOpen(fields, own));
        const m = claimModel(
          { id: saved.id, advocateId: profile.id, fields, state: 'draft' },
          { ...own, entries },
          packs,
          todayIso(),
        );
        if (m.missing) throw m.missing;
        return repos.feeClaims.markReady(saved.id, m.calculation, profile.id, m.issues);
      },
      { form, field: claimFieldOf, success: t('fees.claims.actions.readyDone') },
    );
    if (!claim || ready) location.hash = claimHash(saved.id);
  };

  return (
    <Paper withBorder p="md" data-testid="claim-draft-actions">
      <Stack gap="xs">
        <Group>
          <Button
            variant="default"
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            loading={busy && !confirming}
            onClick={() => void save()}
            data-testid="claim-save"
          >
            {t('fees.claims.actions.save')}
          </Button>
          <Button
            leftSection={<IconCheck size={18} aria-hidden />}
            disabled={!!blocker || busy}
            onClick={() => setConfirming(true)}
            data-testid="claim-ready"
            aria-describedby={blocker ? 'claim-ready-blocker' : undefined}
          >
            {t('fees.claims.actions.ready')}
          </Button>
        </Group>
        <Text size="sm" c={blocker && model ? 'red.9' : 'dimmed'} id="claim-ready-blocker">
          {blocker ?? t('fees.claims.actions.readyHint')}
        </Text>
        {!claim && (
          <Text size="sm" c="dimmed">
            {t('fees.claims.actions.notSaved')}
          </Text>
        )}
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('fees.claims.actions.readyTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">
            {t('fees.claims.actions.readyText', {
              total: formatTenge(model?.calculation.totals.totalTiyn ?? 0, locale),
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('fees.claims.actions.cancel')}
            </Button>
            <Button
              onClick={() => void markReady()}
              loading={busy}
              data-testid="claim-ready-confirm"
            >
              {t('fees.claims.actions.readyConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
