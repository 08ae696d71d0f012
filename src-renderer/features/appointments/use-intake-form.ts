/**
 * The intake form's state: values, the rules in force on the decree's date, the pack lists they
 * offer, the linked choices (status → category, case kind → status and stage), and saving.
 */
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import {
  appointmentIntakeSchema,
  type Appointment,
} from '../../../src-shared/contracts/entities/appointment';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { parseEzkText } from '../../../src-shared/domain/appointments/ezk-paste';
import { statusesFor, stagesFor } from '../../../src-shared/domain/appointments/pack-lookups';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { notify } from '../../app/notify';
import { settlementError } from '../../components/settlement';
import { useSettlementDefault } from '../../components/use-settlement-default';
import { repos } from '../../db';
import { useRulesOn } from '../../rules/use-rules-on';
import {
  applyEzkPaste,
  intakePathToField,
  toIntakeInput,
  type AppointmentFormValues,
} from './appointment-form-values';
import type { EzkPasteOutcome } from './EzkPastePanel';
import { useRepoAction, zodErrors } from './use-repo-action';

export type IntakeForm = UseFormReturnType<AppointmentFormValues>;

export interface IntakeFormOptions {
  profile: Profile;
  initial: AppointmentFormValues;
  /** Set when correcting the intake of a stored appointment (a new version with a reason). */
  correcting?: Appointment | undefined;
  onSaved: (a: Appointment) => void;
}

export function useIntakeForm({ profile, initial, correcting, onSaved }: IntakeFormOptions) {
  const { t } = useTranslation();
  const form = useForm<AppointmentFormValues>({ mode: 'controlled', initialValues: initial });
  const v = form.values;
  const rules = useRulesOn(v.decreeDate || v.receivedDate || todayIso());
  const pack = rules.defence;
  const [errorSummary, setErrorSummary] = useState(false);
  const { busy, run } = useRepoAction();
  useSettlementDefault({
    register: 'appointment',
    ownerId: profile.id,
    isNew: !correcting,
    current: () => form.getValues().settlement,
    apply: (s) => form.setFieldValue('settlement', s),
  });

  const statuses = pack ? statusesFor(pack, v.caseKind) : [];
  const stages = pack ? stagesFor(pack, v.caseKind) : [];
  const categories = (rules.eligibility?.categories ?? []).filter((c) => c.service === 'defence');

  const setCategory = (id: string) => {
    form.setFieldValue('categoryId', id);
    form.setFieldValue(
      'eligibilityPack',
      id && rules.eligibility
        ? { id: rules.eligibility.id, version: rules.eligibility.version }
        : null,
    );
  };
  const setStatus = (id: string) => {
    form.setFieldValue('statusId', id);
    // The status's usual art. 26(3) category, when the eligibility pack in force has it.
    const cat = pack?.statuses.find((s) => s.id === id)?.categoryId;
    if (cat && categories.some((c) => c.id === cat)) setCategory(cat);
  };
  const setCaseKind = (kind: AppointmentFormValues['caseKind']) => {
    form.setFieldValue('caseKind', kind);
    if (pack && !statusesFor(pack, kind).some((s) => s.id === v.statusId))
      form.setFieldValue('statusId', '');
    if (pack && !stagesFor(pack, kind).some((s) => s.id === v.stageId))
      form.setFieldValue('stageId', '');
  };

  const validate = (): boolean => {
    const r = appointmentIntakeSchema.safeParse(toIntakeInput(v));
    const errors = r.success ? {} : zodErrors(r.error, t, intakePathToField);
    if (correcting && !v.correctionReason.trim())
      errors['correctionReason'] = t('validation.required');
    if (v.source === 'paper' && v.assigned && !v.assignedTime)
      errors['assignedTime'] ??= t('validation.time');
    const noSettlement = settlementError(v.settlement, !correcting);
    if (noSettlement) errors['settlement'] ??= t(noSettlement);
    form.setErrors(errors);
    setErrorSummary(Object.keys(errors).length > 0);
    return Object.keys(errors).length === 0;
  };

  const submit = async () => {
    if (!validate()) return;
    const input = toIntakeInput(v);
    const saved = await run(
      () =>
        correcting
          ? repos.appointments.correctIntake(correcting.id, input, v.correctionReason, profile.id)
          : repos.appointments.create(
              input,
              profile.id,
              v.previousStageId ? { previousStageId: v.previousStageId } : undefined,
            ),
      { form, field: intakePathToField },
    );
    if (saved) {
      notify('success', t('appointments.form.saved', { number: saved.number }));
      onSaved(saved);
    } else setErrorSummary(Object.keys(form.errors).length > 0);
  };

  /** Paste-to-fill: only empty fields take what was recognised; the advocate reviews. */
  const fillFromEzk = (text: string): EzkPasteOutcome | null => {
    if (!pack) return null;
    const parsed = parseEzkText(text, pack);
    const applied = applyEzkPaste(v, parsed.fields, (f) => form.isDirty(f), pack);
    const next = applied.values;
    if (applied.filled.includes('statusId') && !next.categoryId) {
      // As when the status is chosen by hand: its usual art. 26(3) category.
      const cat = pack.statuses.find((s) => s.id === next.statusId)?.categoryId;
      if (cat && rules.eligibility && categories.some((c) => c.id === cat)) {
        next.categoryId = cat;
        next.eligibilityPack = { id: rules.eligibility.id, version: rules.eligibility.version };
      }
    }
    form.setValues(next);
    return { parsed, filled: applied.filled, kept: applied.kept };
  };

  return {
    form,
    rules,
    pack,
    statuses,
    stages,
    categories,
    setCategory,
    setStatus,
    setCaseKind,
    submit,
    fillFromEzk,
    errorSummary,
    busy,
  };
}
