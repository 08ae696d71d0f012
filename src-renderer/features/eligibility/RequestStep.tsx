import { Checkbox, Fieldset, Group, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from '../../i18n/translate';
import type { EligibilityPack } from '../../../src-shared/rules/pack-schema';
import { UnverifiedBadge } from '../../components/UnverifiedBadge';
import { currentLocale } from '../../i18n/i18n';
import { NO_CATEGORY, type CheckForm } from './check-form';

export function RequestStep({
  form,
  pack,
}: {
  form: UseFormReturnType<CheckForm>;
  pack: EligibilityPack;
}) {
  const { t } = useTranslation();
  const lang = currentLocale() === 'ru' ? 'ru' : 'kk';
  const categories = pack.categories.filter((c) => c.service === form.values.service);
  return (
    <Stack gap="md">
      <Select
        label={t('eligibility.issueArea')}
        withAsterisk
        searchable
        data={pack.issueAreas.map((a) => ({ value: a.id, label: a.label[lang] }))}
        {...form.getInputProps('issueAreaId')}
      />
      <Textarea
        label={t('eligibility.subject')}
        autosize
        minRows={2}
        maxRows={5}
        {...form.getInputProps('subject')}
      />
      {form.values.service === 'consultation' && (
        <Checkbox
          label={t('eligibility.isLegal')}
          description={t('eligibility.isLegalHint')}
          {...form.getInputProps('isLegal', { type: 'checkbox' })}
        />
      )}
      <Radio.Group
        label={t('eligibility.category')}
        withAsterisk
        value={form.values.categoryId}
        onChange={(v) => {
          form.setFieldValue('categoryId', v);
          form.setFieldValue('evidence', []);
        }}
        error={form.errors['categoryId']}
      >
        <Stack gap="sm" mt="xs">
          {categories.map((c) => (
            <Radio
              key={c.id}
              value={c.id}
              label={
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={500}>
                    {c.label[lang]}
                  </Text>
                  {!c.verified && <UnverifiedBadge note={c.note} />}
                </Group>
              }
              description={c.guidance[lang]}
            />
          ))}
          <Radio
            value={NO_CATEGORY}
            label={t('eligibility.categoryNone')}
            description={t('eligibility.categoryNoneHint')}
          />
        </Stack>
      </Radio.Group>
      <Fieldset legend={t('eligibility.advocateGrounds')}>
        <Stack gap="xs">
          <Checkbox
            label={t('eligibility.conflict')}
            {...form.getInputProps('conflictOfInterest', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('eligibility.exclusion')}
            {...form.getInputProps('proceduralExclusion', { type: 'checkbox' })}
          />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
