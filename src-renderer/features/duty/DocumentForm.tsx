import { Fieldset, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { caseKinds } from '../../../src-shared/contracts/entities/appointment';
import type { ProcedureDocumentInput } from '../../../src-shared/contracts/entities/duty-distribution';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { IsoDateInput } from '../../components/IsoDateInput';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/translate';

export type DocumentFormValues = Required<
  Omit<ProcedureDocumentInput, 'decree' | 'client'> & {
    decree: Required<ProcedureDocumentInput['decree']>;
    client: { fullName: string; iin: string };
  }
>;

export const emptyDocument = (receivedAt: string): DocumentFormValues => ({
  receivedAt,
  decree: { number: '', date: '', body: '', official: '' },
  caseKind: 'criminal',
  caseNumber: '',
  client: { fullName: '', iin: '' },
  statusId: '',
  stageId: '',
  note: '',
});

/**
 * cl. 17(1): the procedural document the responsible person received, as the advocate's
 * register entry will need it. Status and stage come from the defence-register pack.
 */
export function DocumentForm(props: {
  form: UseFormReturnType<DocumentFormValues>;
  pack: DefenceRegisterPack | null;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLocale() === 'ru' ? 'ru' : 'kk';
  const { form } = props;
  const kind = form.values.caseKind;
  const forKind = <
    T extends { caseKinds?: readonly string[]; id: string; label: { kk: string; ru: string } },
  >(
    items: readonly T[],
  ) =>
    items
      .filter((i) => !i.caseKinds || i.caseKinds.includes(kind))
      .map((i) => ({ value: i.id, label: i.label[lang] }));
  const ro = props.readOnly ?? false;
  return (
    <Stack gap="sm">
      <Fieldset legend={t('duty.handover.decree')} disabled={ro}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('duty.handover.decreeNumber')}
            withAsterisk
            {...form.getInputProps('decree.number')}
          />
          <IsoDateInput
            label={t('duty.handover.decreeDate')}
            withAsterisk
            value={form.values.decree.date}
            onChange={(d) => form.setFieldValue('decree.date', d)}
            error={form.errors['decree.date']}
          />
          <Group gap="xs" grow align="flex-start">
            <IsoDateInput
              label={t('duty.handover.receivedAt')}
              withAsterisk
              value={form.values.receivedAt.slice(0, 10)}
              onChange={(d) =>
                form.setFieldValue('receivedAt', `${d}T${form.values.receivedAt.slice(11, 16)}`)
              }
              error={form.errors['receivedAt']}
            />
            <TimeInput
              label={t('duty.handover.receivedTime')}
              withAsterisk
              value={form.values.receivedAt.slice(11, 16)}
              onChange={(e) =>
                form.setFieldValue(
                  'receivedAt',
                  `${form.values.receivedAt.slice(0, 10)}T${e.currentTarget.value}`,
                )
              }
            />
          </Group>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <TextInput
            label={t('duty.handover.body')}
            withAsterisk
            {...form.getInputProps('decree.body')}
          />
          <TextInput
            label={t('duty.handover.official')}
            {...form.getInputProps('decree.official')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('duty.handover.case')} disabled={ro}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('duty.handover.caseKind')}
            data={caseKinds.map((k) => ({ value: k, label: t(`duty.handover.caseKinds.${k}`) }))}
            allowDeselect={false}
            {...form.getInputProps('caseKind')}
          />
          <TextInput
            label={t('duty.handover.caseNumber')}
            withAsterisk
            {...form.getInputProps('caseNumber')}
          />
          <TextInput
            label={t('duty.handover.clientName')}
            withAsterisk
            {...form.getInputProps('client.fullName')}
          />
          <TextInput label={t('duty.handover.clientIin')} {...form.getInputProps('client.iin')} />
          <Select
            label={t('duty.handover.status')}
            data={forKind(props.pack?.statuses ?? [])}
            withAsterisk
            searchable
            {...form.getInputProps('statusId')}
            value={form.values.statusId || null}
          />
          <Select
            label={t('duty.handover.stage')}
            data={forKind(props.pack?.stages ?? [])}
            withAsterisk
            {...form.getInputProps('stageId')}
            value={form.values.stageId || null}
          />
        </SimpleGrid>
        <Textarea
          label={t('duty.handover.note')}
          mt="sm"
          autosize
          minRows={1}
          {...form.getInputProps('note')}
        />
      </Fieldset>
    </Stack>
  );
}
