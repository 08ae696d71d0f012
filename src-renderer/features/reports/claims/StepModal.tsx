import {
  Button,
  Group,
  Modal,
  NumberInput,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { FeeClaim } from '../../../../src-shared/contracts/entities/fee-claim';
import { todayIso } from '../../../../src-shared/domain/dates/iso-date';
import { claimedTiynOf, paidTiynOf } from '../../../../src-shared/domain/fees/claim-lifecycle';
import { formatTenge } from '../../../../src-shared/i18n/money';
import type { Locale } from '../../../../src-shared/i18n/locales';
import { IsoDateInput } from '../../../components/IsoDateInput';
import { repos } from '../../../db';
import { useTranslation, type MessageKey } from '../../../i18n/translate';
import { schemaTiyn, tiynToTenge } from './claim-form-values';
import { useClaimAction } from './use-claim-action';

export type ClaimStep = 'back-to-draft' | 'submit' | 'pay' | 'reject';

interface StepValues {
  date: string;
  reason: string;
  channel: 'ezk' | 'paper';
  ezkNumber: string;
  /** Tenge as typed (a string while Mantine's field holds text, see `typedNumber`). */
  amount: number | string;
}

const TITLES: Record<ClaimStep, MessageKey> = {
  'back-to-draft': 'fees.claims.steps.backTitle',
  submit: 'fees.claims.steps.submitTitle',
  pay: 'fees.claims.steps.payTitle',
  reject: 'fees.claims.steps.rejectTitle',
};

const DONE: Record<ClaimStep, MessageKey> = {
  'back-to-draft': 'fees.claims.steps.backDone',
  submit: 'fees.claims.steps.submitDone',
  pay: 'fees.claims.steps.payDone',
  reject: 'fees.claims.steps.rejectDone',
};

/**
 * One step of a claim's life in a small form: return to draft (why), filed (when, in Е-Заң
 * көмегі or on paper), payment (when, how much — the rest of the claim unless typed otherwise;
 * less than that asks why) and rejection (when, why). The repository and claim-lifecycle.ts
 * decide; a refusal shows on its field and the form stays open with what was typed.
 */
export function StepModal({
  step,
  claim,
  actor,
  locale,
  onClose,
}: {
  step: ClaimStep;
  claim: FeeClaim;
  actor: string;
  locale: Locale;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { busy, run } = useClaimAction();
  const remaining = claimedTiynOf(claim) - paidTiynOf(claim);
  const form = useForm<StepValues>({
    mode: 'controlled',
    initialValues: {
      date: todayIso(),
      reason: '',
      channel: 'ezk',
      ezkNumber: '',
      amount: step === 'pay' ? tiynToTenge(remaining) : '',
    },
  });
  const v = form.values;
  const amountTiyn = schemaTiyn(v.amount);
  const partial = step === 'pay' && amountTiyn > 0 && amountTiyn < remaining;

  const submit = form.onSubmit(async (values) => {
    const opts = { form, success: t(DONE[step]) };
    const id = claim.id;
    const done = await run(
      () => {
        switch (step) {
          case 'back-to-draft':
            return repos.feeClaims.backToDraft(id, values.reason, actor);
          case 'submit':
            return repos.feeClaims.submit(
              id,
              { date: values.date, channel: values.channel, ezkNumber: values.ezkNumber },
              actor,
            );
          case 'pay':
            return repos.feeClaims.recordPayment(
              id,
              { date: values.date, amountTiyn, reason: values.reason },
              actor,
            );
          case 'reject':
            return repos.feeClaims.reject(id, { date: values.date, reason: values.reason }, actor);
        }
      },
      { ...opts, field: (p) => (p[0] === 'amountTiyn' ? 'amount' : p.map(String).join('.')) },
    );
    if (done) onClose();
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(TITLES[step])}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid={`claim-step-${step}`}>
        <Stack gap="sm">
          {step === 'back-to-draft' && <Text size="sm">{t('fees.claims.steps.backText')}</Text>}
          {step !== 'back-to-draft' && (
            <IsoDateInput
              label={
                step === 'submit'
                  ? t('fees.claims.steps.submitDate')
                  : step === 'pay'
                    ? t('fees.claims.steps.payDate')
                    : t('fees.claims.steps.rejectDate')
              }
              withAsterisk
              maxDate={todayIso()}
              value={v.date}
              onChange={(iso) => form.setFieldValue('date', iso)}
              error={form.errors['date']}
            />
          )}
          {step === 'submit' && (
            <>
              <Radio.Group
                label={t('fees.claims.steps.channel')}
                value={v.channel}
                onChange={(c) => form.setFieldValue('channel', c === 'paper' ? 'paper' : 'ezk')}
              >
                <Stack gap="xs" mt="xs">
                  <Radio value="ezk" label={t('fees.claims.steps.channelEzk')} />
                  <Radio value="paper" label={t('fees.claims.steps.channelPaper')} />
                </Stack>
              </Radio.Group>
              {v.channel === 'ezk' && (
                <TextInput
                  label={t('fees.claims.steps.ezkNumber')}
                  // Not the date: a focused date field opens its calendar over the form.
                  data-autofocus
                  {...form.getInputProps('ezkNumber')}
                />
              )}
            </>
          )}
          {step === 'pay' && (
            <>
              <NumberInput
                label={t('fees.claims.steps.payAmount')}
                description={t('fees.claims.steps.payRemaining', {
                  claimed: formatTenge(claimedTiynOf(claim), locale),
                  paid: formatTenge(paidTiynOf(claim), locale),
                  remaining: formatTenge(remaining, locale),
                })}
                withAsterisk
                min={0}
                decimalScale={2}
                fixedDecimalScale
                allowNegative={false}
                thousandSeparator=" "
                decimalSeparator=","
                data-autofocus
                {...form.getInputProps('amount')}
              />
              {partial && (
                <Text size="sm" c="#9a3412">
                  {t('fees.claims.steps.payPartial')}
                </Text>
              )}
            </>
          )}
          {(step !== 'pay' || partial) && step !== 'submit' && (
            <Textarea
              label={
                step === 'pay'
                  ? t('fees.claims.steps.payReason')
                  : step === 'reject'
                    ? t('fees.claims.steps.rejectReason')
                    : t('fees.claims.steps.reason')
              }
              withAsterisk
              autosize
              minRows={2}
              data-autofocus={step === 'pay' ? undefined : true}
              {...form.getInputProps('reason')}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('fees.claims.actions.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={step === 'reject' ? 'red.9' : undefined}>
              {t('fees.claims.steps.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
