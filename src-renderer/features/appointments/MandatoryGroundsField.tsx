import { Checkbox, Collapse, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import type { DefenceRegisterPack } from '../../../src-shared/rules/pack-schema';
import { UnverifiedBadge } from '../../components/UnverifiedBadge';
import type { IntakeForm } from './use-intake-form';

/**
 * The grounds making defence mandatory (UPK 67), folded behind their count; open from the start
 * when some are already ticked. Renders nothing while the pack in force lists none, but stays
 * mounted so that whether it is open survives a change of pack.
 */
export function MandatoryGroundsField({
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
  const [grounds, { toggle: toggleGrounds }] = useDisclosure(v.mandatoryGrounds.length > 0);
  if (!pack || pack.mandatoryGrounds.length === 0) return null;
  return (
    <div>
      <UnstyledButton onClick={toggleGrounds} aria-expanded={grounds}>
        <Group gap={6}>
          {grounds ? (
            <IconChevronDown size={16} aria-hidden />
          ) : (
            <IconChevronRight size={16} aria-hidden />
          )}
          <Text size="sm" fw={500}>
            {t('appointments.form.mandatoryCount', { count: v.mandatoryGrounds.length })}
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse expanded={grounds}>
        <Checkbox.Group
          value={v.mandatoryGrounds}
          onChange={(g) => form.setFieldValue('mandatoryGrounds', g)}
          aria-label={t('appointments.form.mandatory')}
        >
          <Stack gap={6} mt="xs" pl="md">
            {pack.mandatoryGrounds.map((g) => (
              <Group key={g.id} gap={6} wrap="nowrap">
                <Checkbox value={g.id} label={g.label[lang]} />
                {!g.verified && <UnverifiedBadge note={g.note} />}
              </Group>
            ))}
          </Stack>
        </Checkbox.Group>
      </Collapse>
    </div>
  );
}
