import { Alert, Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { decideEligibility } from '../../../src-shared/domain/eligibility/engine';
import {
  eligibilityFactsSchema,
  type PriorRecord,
} from '../../../src-shared/domain/eligibility/types';
import { formatDate } from '../../../src-shared/i18n/format';
import { repos } from '../../db';
import type { EligibilityCheck } from '../../db/eligibility-check-repository';
import { currentLocale } from '../../i18n/i18n';
import { translateKey } from '../../i18n/message-key';
import { usePackState } from '../../rules/pack-store';
import { ApplicantStep } from './ApplicantStep';
import { emptyCheckForm, factsPathToField, toFacts, type CheckForm } from './check-form';
import { DecisionCard } from './DecisionCard';
import { EvidenceStep } from './EvidenceStep';
import { saveExplanationPdf } from './print-explanation';
import { RecentChecks } from './RecentChecks';
import { RequestStep } from './RequestStep';
import { notify } from '../../app/notify';

const STEP_FIELDS: (keyof CheckForm)[][] = [
  ['date', 'iin', 'fullName', 'repIin', 'repFullName', 'repDocType', 'repDocNumber', 'repDocDate'],
  ['issueAreaId', 'subject', 'categoryId'],
  [],
];

export function EligibilityPage({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const packs = usePackState();
  const [active, setActive] = useState(0);
  const [repeats, setRepeats] = useState<PriorRecord[]>([]);
  const [recorded, setRecorded] = useState<{ key: string; check: EligibilityCheck } | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<CheckForm>({
    mode: 'controlled',
    initialValues: emptyCheckForm(todayIso()),
  });

  const pack = packs?.registry.inForce('eligibility', form.values.date) ?? null;
  const factsKey = JSON.stringify(toFacts(form.values));
  const decision = useMemo(() => {
    if (active < 3 || !pack) return null;
    return decideEligibility(JSON.parse(factsKey), pack, repeats);
  }, [active, pack, factsKey, repeats]);

  /** Shows the engine's own validation on this step's fields; true when they are valid. */
  const validateStep = (step: number): boolean => {
    const errors: Record<string, string> = {};
    const r = eligibilityFactsSchema.safeParse(toFacts(form.values));
    if (!r.success) {
      for (const issue of r.error.issues) {
        const field = factsPathToField[issue.path.join('.')];
        if (field && STEP_FIELDS[step]!.includes(field))
          errors[field] ??= translateKey(t, issue.message);
      }
    }
    if (step === 1 && !form.values.categoryId) errors['categoryId'] = t('validation.required');
    if (step === 1 && !form.values.issueAreaId) errors['issueAreaId'] = t('validation.required');
    form.setErrors(errors);
    return Object.keys(errors).length === 0;
  };

  const next = async () => {
    if (!validateStep(active)) return;
    if (active === 1) {
      const prior = await repos.eligibilityChecks.priorRecordsFor(form.values.iin.trim());
      setRepeats(prior.filter((p) => p.issueAreaId === form.values.issueAreaId));
    }
    setActive((s) => Math.min(s + 1, 3));
  };

  /** Records the decision shown (once per set of facts) and returns it. */
  const ensureRecorded = async (): Promise<EligibilityCheck | null> => {
    if (!decision) return null;
    if (recorded?.key === factsKey) return recorded.check;
    const facts = eligibilityFactsSchema.parse(JSON.parse(factsKey));
    const check = await repos.eligibilityChecks.record(facts, decision, profile.id);
    setRecorded({ key: factsKey, check });
    notify('success', t('eligibility.recorded'));
    return check;
  };

  const print = async (pdfLang: 'kk' | 'ru') => {
    if (!pack) return;
    setBusy(true);
    try {
      const check = await ensureRecorded();
      if (!check) return;
      const r = await saveExplanationPdf(check, pack, profile, pdfLang);
      if (!r.ok) notify('error', t(`ipcErrors.${r.error.code}`));
      else if (r.value.saved) notify('success', t('eligibility.printed'));
    } catch (error) {
      console.error('explanation PDF failed', error);
      notify('error', t('eligibility.printFailed'));
    } finally {
      setBusy(false);
    }
  };

  const startConsultation = async () => {
    const check = await ensureRecorded();
    if (check) location.hash = `#/consultations?check=${encodeURIComponent(check.id)}`;
  };

  const reset = () => {
    form.setValues(emptyCheckForm(todayIso()));
    form.clearErrors();
    setRepeats([]);
    setRecorded(null);
    setActive(0);
  };

  return (
    <Stack gap="lg" maw={900}>
      <div>
        <Title order={1} size="h2">
          {t('eligibility.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('eligibility.intro')}
        </Text>
      </div>
      {packs && !pack && (
        <Alert color="red" data-testid="no-pack">
          {t('eligibility.noPack', { date: formatDate(form.values.date, locale) })}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <Stepper active={active} onStepClick={(s) => s < active && setActive(s)} size="sm">
          <Stepper.Step label={t('eligibility.steps.applicant')}>
            <ApplicantStep form={form} />
          </Stepper.Step>
          <Stepper.Step label={t('eligibility.steps.request')}>
            {pack && <RequestStep form={form} pack={pack} />}
          </Stepper.Step>
          <Stepper.Step label={t('eligibility.steps.evidence')}>
            {pack && <EvidenceStep form={form} pack={pack} repeats={repeats} />}
          </Stepper.Step>
          <Stepper.Step label={t('eligibility.steps.result')}>
            {decision && pack && <DecisionCard decision={decision} pack={pack} lang={lang} />}
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between" mt="xl">
          <Button
            variant="default"
            onClick={() => setActive((s) => Math.max(s - 1, 0))}
            disabled={active === 0}
          >
            {t('eligibility.back')}
          </Button>
          {active < 3 ? (
            <Button onClick={() => void next()} disabled={!pack}>
              {active === 2 ? t('eligibility.decide') : t('eligibility.next')}
            </Button>
          ) : (
            <Group>
              <Button
                variant="light"
                onClick={() => void ensureRecorded()}
                disabled={recorded?.key === factsKey}
              >
                {t('eligibility.record')}
              </Button>
              {(['kk', 'ru'] as const).map((pdfLang) => (
                <Button
                  key={pdfLang}
                  variant="default"
                  leftSection={<IconPrinter size={16} aria-hidden />}
                  loading={busy}
                  onClick={() => void print(pdfLang)}
                >
                  {t(pdfLang === 'kk' ? 'eligibility.printKk' : 'eligibility.printRu')}
                </Button>
              ))}
              {decision?.outcome === 'eligible' && decision.service === 'consultation' && (
                <Button
                  onClick={() => void startConsultation()}
                  title={t('eligibility.startConsultationHint')}
                >
                  {t('eligibility.startConsultation')}
                </Button>
              )}
              <Button variant="subtle" onClick={reset}>
                {t('eligibility.newCheck')}
              </Button>
            </Group>
          )}
        </Group>
      </Paper>
      <RecentChecks />
    </Stack>
  );
}
