import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type {
  ConflictCheck,
  ConflictFinding,
} from '../../../src-shared/contracts/entities/appointment';
import { findConflicts } from '../../../src-shared/domain/appointments/conflict-check';
import { canRecordConflictCheck } from '../../../src-shared/domain/appointments/lifecycle';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import { atText, type SectionProps } from './detail-shared';
import { Section } from './Section';
import { localNow, useRepoAction } from './use-repo-action';

const SEVERITY_COLOR = { conflict: 'red.9', check: 'yellow.5' } as const;
const SEVERITY_BORDER = { conflict: 'red-9', check: 'yellow-6' } as const;

function Finding({ f }: { f: ConflictFinding }) {
  const { t } = useTranslation();
  const href =
    f.recordType === 'appointment'
      ? `#/appointments?id=${f.recordId}`
      : `#/consultations?entry=${f.recordId}`;
  return (
    <Paper
      withBorder
      p="sm"
      data-testid="conflict-finding"
      data-severity={f.severity}
      style={{ borderLeft: `4px solid var(--mantine-color-${SEVERITY_BORDER[f.severity]})` }}
    >
      <Group gap="xs" mb={4}>
        <Badge color={SEVERITY_COLOR[f.severity]} variant="filled" autoContrast tt="none">
          {t(`appointments.conflict.severity.${f.severity}`)}
        </Badge>
        <Text size="sm" fw={600}>
          {f.person}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`appointments.conflict.matched.${f.matchedBy}`)}
          {f.caseNumber
            ? ` · ${t('appointments.conflict.inCase', { caseNumber: f.caseNumber })}`
            : ''}
        </Text>
      </Group>
      <Text size="sm">{t(`appointments.conflict.kinds.${f.kind}`)}</Text>
      <Anchor href={href} size="sm" data-testid="conflict-link">
        {f.recordType === 'appointment'
          ? t('appointments.conflict.openAppointment', { label: f.recordLabel })
          : t('appointments.conflict.openConsultation', { label: f.recordLabel })}
      </Anchor>
    </Paper>
  );
}

/**
 * UPK 66(4), 94; cl. 36: the client and the other side are compared with the advocate's own
 * appointments and consultations; the advocate decides and the decision is kept with what
 * was compared and found.
 */
export function ConflictSection({ a, pack, profile, step }: SectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [result, setResult] = useState<Pick<ConflictCheck, 'findings' | 'compared'> | null>(null);
  const [explanation, setExplanation] = useState('');
  const [explanationError, setExplanationError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const { busy, run } = useRepoAction();
  const can = canRecordConflictCheck(a);

  const check = async () => {
    setChecking(true);
    try {
      const c = await repos.appointments.conflictCandidates(profile.id, a);
      const findings = findConflicts(
        a,
        { appointments: c.appointments, consultations: c.consultations },
        pack,
        a.id,
      );
      setResult({ findings, compared: c.counts });
      setExplanation('');
      setExplanationError(null);
    } finally {
      setChecking(false);
    }
  };

  const decide = async (decision: ConflictCheck['decision']) => {
    if (!result) return;
    if (decision === 'no-conflict' && result.findings.length > 0 && !explanation.trim()) {
      setExplanationError(t('validation.required'));
      return;
    }
    const saved = await run(
      () =>
        repos.appointments.recordConflictCheck(
          a.id,
          { at: localNow(), ...result, decision, explanation },
          profile.id,
        ),
      { success: t('appointments.conflict.saved') },
    );
    if (saved) setResult(null);
  };

  const recorded = a.conflictCheck;
  // A real conflict makes declining the prominent choice.
  const severe = !!result?.findings.some((f) => f.severity === 'conflict');
  const shown = result ?? recorded ?? null;
  return (
    <Section
      step={step}
      title={t('appointments.conflict.title')}
      done={!!recorded && !result}
      testId="conflict"
    >
      <Text size="sm" c="dimmed">
        {t('appointments.conflict.intro')}
      </Text>
      {recorded && !result && (
        <Alert
          color={recorded.decision === 'conflict' ? 'red' : 'green'}
          variant="light"
          p="xs"
          data-testid="conflict-recorded"
        >
          <Text size="sm" fw={600}>
            {t('appointments.conflict.recorded', {
              at: atText(recorded.at, locale),
              decision: t(`appointments.conflict.decisions.${recorded.decision}`),
            })}
          </Text>
          {recorded.explanation && (
            <Text size="sm">
              {t('appointments.conflict.explained', { text: recorded.explanation })}
            </Text>
          )}
        </Alert>
      )}
      {shown && (
        <Stack gap="xs" data-testid="conflict-result">
          <Text size="sm">
            {t('appointments.conflict.compared', {
              appointments: shown.compared.appointments,
              consultations: shown.compared.consultations,
            })}
          </Text>
          {shown.findings.length === 0 ? (
            <Text size="sm" fw={500}>
              {t('appointments.conflict.none')}
            </Text>
          ) : (
            <>
              <Text size="sm" fw={600}>
                {t('appointments.conflict.findings', { count: shown.findings.length })}
              </Text>
              {shown.findings.map((f, i) => (
                <Finding key={`${f.recordId}-${f.kind}-${i}`} f={f} />
              ))}
            </>
          )}
        </Stack>
      )}
      {result && (
        <Stack gap="xs">
          {result.findings.length > 0 && (
            <Textarea
              label={t('appointments.conflict.explanation')}
              description={t('appointments.conflict.explanationHint')}
              autosize
              minRows={2}
              value={explanation}
              onChange={(e) => {
                setExplanation(e.currentTarget.value);
                setExplanationError(null);
              }}
              error={explanationError}
            />
          )}
          <Text size="sm" fw={600}>
            {t('appointments.conflict.decide')}
          </Text>
          <Group>
            <Button
              variant={severe ? 'default' : 'filled'}
              loading={busy}
              onClick={() => void decide('no-conflict')}
            >
              {t('appointments.conflict.noConflict')}
            </Button>
            <Button
              color={severe ? 'red.9' : 'red'}
              variant={severe ? 'filled' : 'light'}
              loading={busy}
              onClick={() => void decide('conflict')}
            >
              {t('appointments.conflict.conflict')}
            </Button>
          </Group>
        </Stack>
      )}
      {can && !result && (
        <Group>
          <Button
            variant={recorded ? 'default' : 'filled'}
            leftSection={<IconSearch size={16} aria-hidden />}
            loading={checking}
            onClick={() => void check()}
          >
            {recorded ? t('appointments.conflict.rerun') : t('appointments.conflict.run')}
          </Button>
        </Group>
      )}
    </Section>
  );
}
