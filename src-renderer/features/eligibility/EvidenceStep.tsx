import { Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from '../../i18n/translate';
import type { PriorRecord } from '../../../src-shared/domain/eligibility/types';
import { formatDate } from '../../../src-shared/i18n/format';
import type { EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { UnverifiedBadge } from '../../components/UnverifiedBadge';
import { currentLocale } from '../../i18n/i18n';
import type { CheckForm } from './check-form';

interface Props {
  form: UseFormReturnType<CheckForm>;
  pack: EligibilityPack;
  /** Earlier aid to this IIN in the chosen issue area (cl. 42), own and the office's. */
  repeats: PriorRecord[];
}

export function EvidenceStep({ form, pack, repeats }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const lang = locale === 'ru' ? 'ru' : 'kk';
  const category = pack.categories.find((c) => c.id === form.values.categoryId);
  const evidence = (category?.evidence ?? []).map((id) => pack.evidence.find((e) => e.id === id)!);
  /** Own records say when; a colleague's also say who (cl. 42: once, whoever gave it). */
  const when = (r: PriorRecord) =>
    r.source === 'office'
      ? t('aidMarks.givenBy', {
          advocate: r.advocateName ?? t('aidMarks.anotherAdvocate'),
          date: formatDate(r.date, locale),
        })
      : formatDate(r.date, locale);
  const toggle = (list: 'evidence' | 'sameIssueRecordIds', id: string, on: boolean) =>
    form.setFieldValue(
      list,
      on ? [...form.values[list], id] : form.values[list].filter((x) => x !== id),
    );

  return (
    <Stack gap="md">
      <Fieldset legend={t('eligibility.evidenceTitle')}>
        {evidence.length === 0 ? (
          <Text size="sm">{t('eligibility.noEvidenceNeeded')}</Text>
        ) : (
          <Stack gap="sm">
            {evidence.map((e) => (
              <Checkbox
                key={e.id}
                checked={form.values.evidence.includes(e.id)}
                onChange={(ev) => toggle('evidence', e.id, ev.currentTarget.checked)}
                label={
                  <Group gap={6} wrap="nowrap">
                    <span>{e.label[lang]}</span>
                    {!e.verified && <UnverifiedBadge note={e.note} />}
                  </Group>
                }
                description={e.guidance[lang]}
              />
            ))}
          </Stack>
        )}
      </Fieldset>
      <Fieldset legend={t('eligibility.repeatsTitle')}>
        {repeats.length === 0 ? (
          <Text size="sm">{t('eligibility.noRepeats')}</Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm">{t('eligibility.repeatsIntro')}</Text>
            {repeats.map((r) => (
              <Checkbox
                key={r.recordId}
                checked={form.values.sameIssueRecordIds.includes(r.recordId)}
                onChange={(ev) =>
                  toggle('sameIssueRecordIds', r.recordId, ev.currentTarget.checked)
                }
                label={`${t('eligibility.repeatSame')}: ${when(r)} · ${
                  pack.issueAreas.find((a) => a.id === r.issueAreaId)?.label[lang] ?? r.issueAreaId
                } · ${t(`eligibility.service.${r.service}`)}`}
              />
            ))}
            {repeats.some((r) => r.source === 'office') && (
              <Text size="xs" c="dimmed">
                {t('aidMarks.asOfSync')}
              </Text>
            )}
          </Stack>
        )}
      </Fieldset>
    </Stack>
  );
}
