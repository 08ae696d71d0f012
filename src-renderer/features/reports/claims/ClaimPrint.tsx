import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type { ConsultationEntry } from '../../../../src-shared/contracts/entities/consultation';
import type { FeeClaim, FeeClaimFields } from '../../../../src-shared/contracts/entities/fee-claim';
import type { Profile } from '../../../../src-shared/contracts/entities/profile';
import type { RulePack } from '../../../../src-shared/rules/pack-schema';
import { notify } from '../../../app/notify';
import { useTranslation, type MessageKey } from '../../../i18n/translate';
import { useRulesOn } from '../../../rules/use-rules-on';
import { hasCalculation } from './claim-doc-input';
import { saveApplicationPdf, saveChecklistPdf, saveClaimActPdf } from './print-claim';

type Lang = 'kk' | 'ru';
interface Job {
  key: string;
  label: MessageKey;
  run: () => Promise<{ ok: boolean; value?: { saved: boolean } }>;
}

/** A document's kk and ru buttons with what it is for underneath. */
function DocumentRow({ jobs, hint, testId }: { jobs: Job[]; hint: string; testId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const go = async (job: Job) => {
    setBusy(job.key);
    try {
      const r = await job.run();
      if (r.ok && r.value?.saved) notify('success', t('fees.claims.print.printed'));
    } catch (e) {
      console.error('claim document failed', e);
      notify('error', t('fees.claims.print.failed'));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap={4} data-testid={testId}>
      <Group gap="xs">
        {jobs.map((j) => (
          <Button
            key={j.key}
            variant="default"
            leftSection={<IconPrinter size={18} aria-hidden />}
            loading={busy === j.key}
            disabled={busy !== null && busy !== j.key}
            onClick={() => void go(j)}
            data-job={j.key}
          >
            {t(j.label)}
          </Button>
        ))}
      </Group>
      <Text size="xs" c="dimmed" maw={720}>
        {hint}
      </Text>
    </Stack>
  );
}

/**
 * The claim's documents in Kazakh and Russian. The application and the checklist print the
 * frozen calculation, so they come once the claim is ready; a consultation claim's act of work
 * performed is its basis document and is needed before that, so it prints from the draft.
 */
export function ClaimPrint({
  claim,
  fields,
  profile,
  appointment,
  entries,
  packs,
}: {
  /** The stored claim; undefined for a new claim not saved yet. */
  claim: FeeClaim | undefined;
  fields: FeeClaimFields;
  profile: Profile;
  appointment: Appointment | undefined;
  /** The decoded entries the claim selects (consultation claims). */
  entries: ConsultationEntry[];
  packs: readonly RulePack[];
}) {
  const { t } = useTranslation();
  const rules = useRulesOn(fields.period.to);
  const frozen = claim && hasCalculation(claim) && claim.state !== 'draft' ? claim : null;
  const langs: Lang[] = ['kk', 'ru'];
  const doc = (
    key: string,
    labels: Record<Lang, MessageKey>,
    run: (l: Lang) => ReturnType<Job['run']>,
  ): Job[] => langs.map((l) => ({ key: `${key}-${l}`, label: labels[l], run: () => run(l) }));

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="claim-print"
      data-testid="claim-print"
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="claim-print">
          {t('fees.claims.print.title')}
        </Title>
        {frozen ? (
          <>
            <DocumentRow
              testId="claim-print-application"
              hint={t('fees.claims.print.applicationHint')}
              jobs={doc(
                'application',
                { kk: 'fees.claims.print.applicationKk', ru: 'fees.claims.print.applicationRu' },
                (l) => saveApplicationPdf(frozen, profile, appointment, packs, l),
              )}
            />
            <DocumentRow
              testId="claim-print-checklist"
              hint={t('fees.claims.print.checklistHint')}
              jobs={doc(
                'checklist',
                { kk: 'fees.claims.print.checklistKk', ru: 'fees.claims.print.checklistRu' },
                (l) => saveChecklistPdf(frozen, profile, appointment, packs, l),
              )}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('fees.claims.print.readyFirst')}
          </Text>
        )}
        {fields.kind === 'consultation' && (
          <DocumentRow
            testId="claim-print-act"
            hint={t('fees.claims.print.actHint')}
            jobs={doc(
              'act',
              { kk: 'fees.claims.print.actKk', ru: 'fees.claims.print.actRu' },
              (l) => saveClaimActPdf(fields, entries, rules.eligibility, profile, l),
            )}
          />
        )}
      </Stack>
    </Paper>
  );
}
