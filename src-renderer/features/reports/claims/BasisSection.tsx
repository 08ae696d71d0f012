import { Alert, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect } from 'react';
import type { Appointment } from '../../../../src-shared/contracts/entities/appointment';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { TariffPack } from '../../../../src-shared/rules/tariff-pack-schema';
import { IsoDateInput } from '../../../components/IsoDateInput';
import { useTranslation, type TFunction } from '../../../i18n/translate';
import type { ClaimFormValues } from './claim-form-values';
import { decimalText, langOf } from './claim-labels';
import { basisOptions, categoryChoice, type CategoryOption } from './claim-packs';

type Form = UseFormReturnType<ClaimFormValues>;

/** "II уровень · 2,2 МРП/ч": a tier as the advocate compares them. */
const tierText = (o: CategoryOption, locale: Locale, t: TFunction) =>
  t('fees.claims.calc.rate', {
    tier: o.tier.label[langOf(locale)],
    rate: decimalText(o.tier.mrpPerHour, locale),
  });

/**
 * The fee category, only when the pack needs the advocate's choice (order 434 pays by the
 * gravity of the crime, which the register does not record); otherwise what the recorded facts
 * decide is shown, so the rate is never a surprise.
 */
function CategoryField({
  form,
  tariff,
  appointment,
  locale,
}: {
  form: Form;
  tariff: TariffPack | null;
  appointment: Appointment | undefined;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const choice = categoryChoice(tariff, appointment);
  const lang = langOf(locale);
  if (!appointment) return null;
  if (choice.kind === 'automatic')
    return (
      <Text size="sm" data-testid="claim-category-auto">
        {t('fees.claims.category.automatic', {
          category: choice.option.category.label[lang],
          rate: tierText(choice.option, locale, t),
        })}
      </Text>
    );
  if (choice.kind === 'none')
    return (
      <Text size="sm" c="red.9">
        {t('fees.claims.category.none')}
      </Text>
    );
  return (
    <Radio.Group
      label={t('fees.claims.category.title')}
      description={t('fees.claims.category.choose')}
      withAsterisk
      value={form.values.feeCategoryId}
      onChange={(id) => form.setFieldValue('feeCategoryId', id)}
      error={form.errors['feeCategoryId']}
      data-testid="claim-category"
    >
      <Stack gap="xs" mt="xs">
        {choice.options.map((o) => (
          <Radio
            key={o.category.id}
            value={o.category.id}
            label={o.category.label[lang]}
            description={tierText(o, locale, t)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The basis document (Rules cl. 56), the fee category, where the claim goes, a note. */
export function BasisSection({
  form,
  tariff,
  appointment,
  locale,
}: {
  form: Form;
  /** The tariff pack in force on the basis document's date (or the period's end). */
  tariff: TariffPack | null;
  appointment: Appointment | undefined;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const v = form.values;
  const lang = langOf(locale);
  const options = basisOptions(tariff, v.kind, appointment);
  const onlyOption = options.length === 1 ? options[0]!.id : '';
  const { setFieldValue } = form;
  // One document fits the case: choose it, so the advocate only types its number and date.
  useEffect(() => {
    if (onlyOption && !v.basisDocument.typeId) setFieldValue('basisDocument.typeId', onlyOption);
  }, [onlyOption, v.basisDocument.typeId, setFieldValue]);
  const data = options.map((b) => ({ value: b.id, label: b.label[lang] }));
  // A type chosen under another pack or stage stays visible (the checks say what is wrong).
  if (v.basisDocument.typeId && !data.some((d) => d.value === v.basisDocument.typeId))
    data.push({ value: v.basisDocument.typeId, label: v.basisDocument.typeId });

  return (
    <Stack gap="sm">
      {!tariff && (
        <Alert color="red" variant="light" p="xs">
          <Text size="sm">{t('fees.claims.basis.noPack')}</Text>
        </Alert>
      )}
      <Select
        label={t('fees.claims.basis.type')}
        placeholder={t('fees.claims.basis.typePlaceholder')}
        withAsterisk
        data={data}
        value={v.basisDocument.typeId || null}
        onChange={(id) => form.setFieldValue('basisDocument.typeId', id ?? '')}
        error={form.errors['basisDocument.typeId']}
        data-testid="claim-basis-type"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('fees.claims.basis.number')}
          withAsterisk
          {...form.getInputProps('basisDocument.number')}
          data-testid="claim-basis-number"
        />
        <IsoDateInput
          label={t('fees.claims.basis.date')}
          description={t('fees.claims.basis.dateHint')}
          withAsterisk
          value={v.basisDocument.date}
          onChange={(iso) => form.setFieldValue('basisDocument.date', iso)}
          error={form.errors['basisDocument.date']}
          data-testid="claim-basis-date"
        />
      </SimpleGrid>
      <TextInput
        label={t('fees.claims.basis.issuedBy')}
        description={t('fees.claims.basis.issuedByHint')}
        {...form.getInputProps('basisDocument.issuedBy')}
      />
      <CategoryField form={form} tariff={tariff} appointment={appointment} locale={locale} />
      <TextInput
        label={t('fees.claims.other.justiceBody')}
        description={t('fees.claims.other.justiceBodyHint')}
        {...form.getInputProps('justiceBody')}
        data-testid="claim-justice-body"
      />
      <Textarea
        label={t('fees.claims.other.note')}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </Stack>
  );
}
