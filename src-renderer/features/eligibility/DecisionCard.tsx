import { Alert, Divider, List, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleX,
  IconFileAlert,
  IconInfoCircle,
} from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import type { EligibilityDecision, Outcome } from '../../../src-shared/domain/eligibility/types';
import type { EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { TraceList } from './TraceList';

const LOOK: Record<Outcome, { color: string; Icon: typeof IconCircleCheck }> = {
  eligible: { color: 'green', Icon: IconCircleCheck },
  'not-eligible': { color: 'red', Icon: IconCircleX },
  'needs-evidence': { color: 'orange', Icon: IconFileAlert },
  'refer-to-legal-information': { color: 'blue', Icon: IconInfoCircle },
};

export function DecisionCard({
  decision,
  pack,
  lang,
}: {
  decision: EligibilityDecision;
  pack: EligibilityPack;
  lang: 'kk' | 'ru';
}) {
  const { t } = useTranslation();
  const { color, Icon } = LOOK[decision.outcome];
  const category = pack.categories.find((c) => c.id === decision.categoryId);
  const ground = pack.refusalGrounds.find((g) => g.id === decision.refusalGroundId);
  return (
    <Paper withBorder p="lg" data-testid="decision-card" data-outcome={decision.outcome}>
      <Stack gap="md">
        <Alert color={color} variant="light" icon={<Icon size={28} aria-hidden />} p="md">
          <Title order={2} size="h3" c={`${color}.9`} data-testid="decision-outcome">
            {t(`eligibility.outcome.${decision.outcome}`)}
          </Title>
          <Text size="sm" mt={4}>
            {t(`eligibility.outcomeHint.${decision.outcome}`)}
          </Text>
        </Alert>
        {category && (
          <Text size="sm">
            <b>{t('eligibility.categoryUsed')}:</b> {category.label[lang]}
          </Text>
        )}
        {decision.missingEvidence.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('eligibility.missing')}
            </Text>
            <List size="sm" withPadding>
              {decision.missingEvidence.map((id) => {
                const e = pack.evidence.find((x) => x.id === id);
                return (
                  <List.Item key={id}>
                    {e?.label[lang] ?? id}
                    {e && (
                      <Text size="xs" c="dimmed">
                        {e.guidance[lang]}
                      </Text>
                    )}
                  </List.Item>
                );
              })}
            </List>
          </div>
        )}
        {ground && (
          <Text size="sm">
            <b>{t('eligibility.ground')}:</b> {ground.label[lang]}. {ground.explanation[lang]}
          </Text>
        )}
        {decision.possibleRepeats.length > 0 && decision.outcome !== 'not-eligible' && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {t('eligibility.possibleRepeats', { count: decision.possibleRepeats.length })}
          </Alert>
        )}
        {decision.unverifiedRules.length > 0 && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            data-testid="uses-unverified"
          >
            {t('eligibility.usesUnverified', { count: decision.unverifiedRules.length })}
          </Alert>
        )}
        <Divider />
        <Title order={3} size="h5">
          {t('eligibility.trace')}
        </Title>
        <TraceList steps={decision.trace} lang={lang} />
        <Text size="xs" c="dimmed" data-testid="decision-pack">
          {t('eligibility.packUsed', { id: decision.pack.id, version: decision.pack.version })}
        </Text>
      </Stack>
    </Paper>
  );
}
