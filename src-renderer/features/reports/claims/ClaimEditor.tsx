import { Center, Loader, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import {
  feeClaimInputSchema,
  type FeeClaim,
} from '../../../../src-shared/contracts/entities/fee-claim';
import type { Profile } from '../../../../src-shared/contracts/entities/profile';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { RulePack } from '../../../../src-shared/rules/pack-schema';
import type { FeePacks } from '../../../../src-shared/domain/fees/types';
import { translateKey } from '../../../i18n/message-key';
import { useTranslation } from '../../../i18n/translate';
import { Section } from '../../appointments/Section';
import { BasisSection } from './BasisSection';
import { CalculationSection } from './CalculationSection';
import { claimableAppointments, claimedElsewhere } from './claim-defaults';
import {
  claimIssueFields,
  liveFields,
  toClaimInput,
  type ClaimFormValues,
  type ExpenseBasisOf,
} from './claim-form-values';
import { claimLabels, defencePackOf } from './claim-labels';
import { claimModel, entriesToOpen } from './claim-model';
import { claimTariff } from './claim-packs';
import { useClaimWorld, useEntries, type OwnRecords } from './claim-world';
import { ClaimHistory } from './ClaimHistory';
import { ClaimPrint } from './ClaimPrint';
import { ConsultationSelection } from './ConsultationSelection';
import { DraftActions } from './DraftActions';
import { ExpensesSection } from './ExpensesSection';
import { IssuesList } from './IssuesList';
import { WorkSelection } from './WorkSelection';

/**
 * A draft (stored, or new and not saved yet) being written: what is claimed, the basis
 * document, the expenses, and — as the advocate types — the calculation and the checks. The
 * form is validated with the schema the repository enforces; a failed save keeps everything.
 */
export function ClaimEditor({
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
  /** The stored draft; undefined for a new claim. */
  claim: FeeClaim | undefined;
  initial: ClaimFormValues;
  today: string;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const claimId = claim?.id ?? '';
  // How each expense type is paid, from the tariff pack the claim's checks use.
  const basisFor = (values: ClaimFormValues): ExpenseBasisOf => {
    const pack = claimTariff(values, packs.fee.tariffs, today);
    return (id) => pack?.expenseTypes.find((x) => x.id === id)?.basis;
  };
  const form = useForm<ClaimFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => {
      const r = feeClaimInputSchema.safeParse(toClaimInput(values, basisFor(values)));
      if (r.success) return {};
      const fields = claimIssueFields(r.error.issues);
      return Object.fromEntries(Object.entries(fields).map(([f, k]) => [f, translateKey(t, k)]));
    },
  });
  const v = form.values;
  const tariff = claimTariff(v, packs.fee.tariffs, today);

  // The calculation follows the typing a moment later: pricing on every key press is wasted.
  const [debounced] = useDebouncedValue(v, 250);
  const fields = useMemo(() => {
    const pack = claimTariff(debounced, packs.fee.tariffs, today);
    return liveFields(debounced, (id) => pack?.expenseTypes.find((x) => x.id === id)?.basis);
  }, [debounced, packs.fee.tariffs, today]);
  const openIds = useMemo(() => entriesToOpen(fields, own), [fields, own]);
  const entries = useEntries(profile.id, openIds);
  const world = useClaimWorld(own, entries);
  const model = useMemo(
    () =>
      world &&
      claimModel(
        { id: claimId, advocateId: profile.id, fields, state: 'draft' },
        world,
        packs.fee,
        today,
      ),
    [world, claimId, profile.id, fields, packs.fee, today],
  );

  const labels = useMemo(
    () => claimLabels(packs.all, v.period.to || today),
    [packs.all, v.period.to, today],
  );
  const claimed = useMemo(() => claimedElsewhere(own.claims, claimId), [own.claims, claimId]);
  const appointments = useMemo(() => claimableAppointments(own.appointments.values()), [own]);
  const appointment = v.kind === 'defence' ? own.appointments.get(v.appointmentId) : undefined;
  const defencePack = defencePackOf(packs.all, v.period.to || today);
  const dirty = form.isDirty();

  return (
    <Stack gap="md" data-testid="claim-editor">
      <Section
        step={1}
        title={
          v.kind === 'defence' ? t('fees.claims.work.title') : t('fees.claims.consultations.title')
        }
        testId="claim-what"
      >
        {v.kind === 'defence' ? (
          <WorkSelection
            form={form}
            appointments={appointments}
            claimed={claimed}
            pack={defencePack}
            locale={locale}
            today={today}
          />
        ) : (
          <ConsultationSelection
            form={form}
            rows={own.rows}
            entries={entries ?? new Map()}
            claimed={claimed}
            locale={locale}
          />
        )}
      </Section>
      <Section step={2} title={t('fees.claims.basis.title')} testId="claim-basis">
        <BasisSection form={form} tariff={tariff} appointment={appointment} locale={locale} />
      </Section>
      <Section title={t('fees.claims.expenses.title')} testId="claim-expenses">
        <ExpensesSection
          form={form}
          tariff={tariff}
          locale={locale}
          defaultDate={v.period.to || today}
        />
      </Section>
      {model ? (
        <>
          <CalculationSection
            calculation={model.calculation}
            labels={labels}
            packs={packs.all}
            locale={locale}
          />
          <IssuesList
            issues={model.issues}
            labels={labels}
            locale={locale}
            missing={model.missing}
          />
        </>
      ) : (
        <Center p="md">
          <Loader size="sm" aria-label={t('fees.claims.loading')} />
        </Center>
      )}
      <DraftActions
        profile={profile}
        own={own}
        packs={packs.fee}
        claim={claim}
        form={form}
        basisOf={basisFor(v)}
        model={model}
        dirty={dirty}
        locale={locale}
      />
      <ClaimPrint
        claim={claim}
        fields={fields}
        profile={profile}
        appointment={appointment}
        entries={fields.consultationIds.flatMap((id) => entries?.get(id) ?? [])}
        packs={packs.all}
      />
      {claim && <ClaimHistory claim={claim} locale={locale} />}
    </Stack>
  );
}
