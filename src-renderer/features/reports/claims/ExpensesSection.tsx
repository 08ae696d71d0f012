import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { v7 as uuidv7 } from 'uuid';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { TariffPack } from '../../../../src-shared/rules/tariff-pack-schema';
import { IsoDateInput } from '../../../components/IsoDateInput';
import { useTranslation } from '../../../i18n/translate';
import { newExpense, type ClaimFormValues } from './claim-form-values';
import { decimalText, langOf } from './claim-labels';

type Form = UseFormReturnType<ClaimFormValues>;

/**
 * Reimbursable expenses (order 434: travel to a remote place, accommodation, per diem): each
 * row asks for what its type is paid by — the amount on the document, or the days — and for
 * the supporting document when the type needs one. Types come from the tariff pack.
 */
export function ExpensesSection({
  form,
  tariff,
  locale,
  defaultDate,
}: {
  form: Form;
  tariff: TariffPack | null;
  locale: Locale;
  /** The date a new row starts with (the period's end). */
  defaultDate: string;
}) {
  const { t } = useTranslation();
  const lang = langOf(locale);
  const types = tariff?.expenseTypes ?? [];
  const rows = form.values.expenses;
  const err = (i: number, f: string) => form.errors[`expenses.${i}.${f}`];

  const setType = (i: number, id: string) => {
    const basis = types.find((x) => x.id === id)?.basis;
    form.setFieldValue(`expenses.${i}.typeId`, id);
    // The other quantity would be stored unseen: a ticket's amount under a per diem.
    if (basis === 'actual') form.setFieldValue(`expenses.${i}.days`, '');
    if (basis === 'mrp-per-day') form.setFieldValue(`expenses.${i}.amount`, '');
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('fees.claims.expenses.hint')}
      </Text>
      {rows.length === 0 && <Text size="sm">{t('fees.claims.expenses.none')}</Text>}
      {rows.map((e, i) => {
        const type = types.find((x) => x.id === e.typeId);
        const data = types.map((x) => ({ value: x.id, label: x.label[lang] }));
        if (e.typeId && !type) data.push({ value: e.typeId, label: e.typeId });
        return (
          <Paper key={e.id} withBorder p="sm" data-testid="claim-expense">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-end" wrap="nowrap">
                <Select
                  label={t('fees.claims.expenses.type')}
                  withAsterisk
                  data={data}
                  value={e.typeId || null}
                  onChange={(id) => setType(i, id ?? '')}
                  error={err(i, 'typeId')}
                  style={{ flex: 1 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red.9"
                  size="lg"
                  aria-label={t('fees.claims.expenses.remove', { n: i + 1 })}
                  onClick={() => form.removeListItem('expenses', i)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <IsoDateInput
                  label={t('fees.claims.expenses.date')}
                  withAsterisk
                  value={e.date}
                  onChange={(iso) => form.setFieldValue(`expenses.${i}.date`, iso)}
                  error={err(i, 'date')}
                />
                {type?.basis === 'mrp-per-day' ? (
                  <NumberInput
                    label={t('fees.claims.expenses.days')}
                    description={t('fees.claims.expenses.perDay', {
                      mrp: decimalText(type.mrpPerDay ?? 0, locale),
                    })}
                    withAsterisk
                    min={1}
                    max={366}
                    allowDecimal={false}
                    allowNegative={false}
                    {...form.getInputProps(`expenses.${i}.days`)}
                  />
                ) : (
                  <NumberInput
                    label={t('fees.claims.expenses.amount')}
                    withAsterisk={type?.basis === 'actual'}
                    min={0}
                    decimalScale={2}
                    fixedDecimalScale
                    allowNegative={false}
                    thousandSeparator=" "
                    decimalSeparator=","
                    {...form.getInputProps(`expenses.${i}.amount`)}
                  />
                )}
                <TextInput
                  label={t('fees.claims.expenses.description')}
                  {...form.getInputProps(`expenses.${i}.description`)}
                />
                <TextInput
                  label={t('fees.claims.expenses.documentNumber')}
                  withAsterisk={!!type?.requiresDocument}
                  {...form.getInputProps(`expenses.${i}.documentNumber`)}
                />
                <IsoDateInput
                  label={t('fees.claims.expenses.documentDate')}
                  withAsterisk={!!type?.requiresDocument}
                  value={e.documentDate}
                  onChange={(iso) => form.setFieldValue(`expenses.${i}.documentDate`, iso)}
                  error={err(i, 'documentDate')}
                />
              </SimpleGrid>
            </Stack>
          </Paper>
        );
      })}
      {form.errors['expenses'] && (
        <Text size="sm" c="red.9">
          {form.errors['expenses']}
        </Text>
      )}
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('expenses', newExpense(uuidv7(), defaultDate))}
          data-testid="claim-add-expense"
        >
          {t('fees.claims.expenses.add')}
        </Button>
      </Group>
    </Stack>
  );
}
