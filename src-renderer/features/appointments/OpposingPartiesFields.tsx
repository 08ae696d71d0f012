import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { newRowKey } from './appointment-form-values';
import type { IntakeForm } from './use-intake-form';

/** Opposing parties of the client, each with a name, an optional IIN and a procedural status. */
export function OpposingPartiesFields({
  form,
  pack,
  lang,
}: {
  form: IntakeForm;
  pack: DefenceRegisterPack | null;
  lang: 'kk' | 'ru';
}) {
  const { t } = useTranslation();
  const v = form.values;
  const addOpposing = () =>
    form.insertListItem('opposing', { key: newRowKey(), fullName: '', iin: '', statusId: '' });
  return (
    <Fieldset legend={t('appointments.form.opposing')}>
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('appointments.form.opposingHint')}
        </Text>
        {v.opposing.map((p, i) => (
          <Group key={p.key} align="flex-start" gap="sm" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
              <TextInput
                label={`${t('appointments.form.fullName')} (${i + 1})`}
                withAsterisk
                {...form.getInputProps(`opposing.${i}.fullName`)}
              />
              <TextInput
                label={`${t('appointments.form.iin')} (${i + 1})`}
                inputMode="numeric"
                {...form.getInputProps(`opposing.${i}.iin`)}
              />
              <Select
                label={`${t('appointments.form.opposingStatus')} (${i + 1})`}
                data={[
                  { value: '', label: t('appointments.form.unknownStatus') },
                  ...(pack?.statuses ?? [])
                    .filter((s) => s.caseKinds.includes(v.caseKind))
                    .map((s) => ({ value: s.id, label: s.label[lang] })),
                ]}
                {...form.getInputProps(`opposing.${i}.statusId`)}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={t('appointments.form.removeOpposing', { index: i + 1 })}
              onClick={() => form.removeListItem('opposing', i)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={addOpposing}
          >
            {t('appointments.form.addOpposing')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
