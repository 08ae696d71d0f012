import { Anchor, Badge, Button, Group, List, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import { nextStage, nextStageDraft } from '../../../src-shared/domain/appointments/continuity';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';
import {
  emptyAppointmentValues,
  valuesFromIntake,
  type AppointmentFormValues,
} from './appointment-form-values';
import { STATE_COLOR } from './AppointmentTable';
import { packLabel, type SectionProps } from './detail-shared';
import { Section } from './Section';

/**
 * cl. 4.3: the advocate of one stage continues at the next. The next stage is registered as
 * a new appointment, pre-filled from this one and linked to it; the stages of the case are
 * listed together.
 */
export function NextStageSection({
  a,
  pack,
  profile,
  step,
  onNextStage,
}: SectionProps & { onNextStage: (initial: AppointmentFormValues, caseNumber: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLocale() === 'ru' ? 'ru' : 'kk';
  const stages = useLiveQuery(
    () => repos.appointments.stagesOf(profile.id, a.caseGroupId),
    [profile.id, a.caseGroupId],
  );
  const next = nextStage(a.stageId, a.caseKind, pack);
  const eligible = a.state === 'accepted' || a.state === 'completed';
  const registered = stages?.find((s) => s.previousStageId === a.id);
  if (!eligible && (stages?.length ?? 0) <= 1) return null;

  const start = () => {
    const draft = nextStageDraft(a, pack);
    if (!draft) return;
    const values = valuesFromIntake(draft, emptyAppointmentValues(new Date(), a.language));
    onNextStage({ ...values, previousStageId: a.id }, a.caseNumber);
  };
  return (
    <Section
      step={step}
      title={t('appointments.next.title')}
      done={!!registered}
      testId="next-stage"
    >
      <Text size="sm" c="dimmed">
        {t('appointments.next.intro')}
      </Text>
      {stages && stages.length > 1 && (
        <>
          <Text size="sm" fw={600}>
            {t('appointments.next.stages')}
          </Text>
          <List size="sm" data-testid="case-stages">
            {stages.map((s) => (
              <List.Item key={s.id}>
                <Group gap="xs">
                  {s.id === a.id ? (
                    <Text size="sm" fw={700}>
                      № {s.number}/{s.year}
                    </Text>
                  ) : (
                    <Anchor href={`#/appointments?id=${s.id}`} size="sm">
                      № {s.number}/{s.year}
                    </Anchor>
                  )}
                  <Text size="sm">{packLabel(pack.stages, s.stageId, lang)}</Text>
                  <Badge color={STATE_COLOR[s.state]} variant="dot" tt="none" size="sm">
                    {t(`appointments.states.${s.state}`)}
                  </Badge>
                </Group>
              </List.Item>
            ))}
          </List>
        </>
      )}
      {eligible &&
        !registered &&
        (next ? (
          <Group>
            <Button
              variant="light"
              rightSection={<IconArrowRight size={16} aria-hidden />}
              onClick={start}
            >
              {t('appointments.next.register', { stage: next.label[lang] })}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t('appointments.next.none')}</Text>
        ))}
    </Section>
  );
}
