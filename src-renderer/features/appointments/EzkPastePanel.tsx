import {
  Alert,
  Button,
  Collapse,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconChevronDown,
  IconChevronRight,
  IconClipboardText,
  IconInfoCircle,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import type { EzkField, EzkPasteResult } from '../../../src-shared/domain/appointments/ezk-paste';

/** What «Fill the form» did with the pasted text. */
export interface EzkPasteOutcome {
  parsed: EzkPasteResult;
  filled: EzkField[];
  kept: EzkField[];
}

/** Form labels (appointments.form.*) naming each recognised field in the summary. */
const EZK_FIELD_LABEL = {
  ezkNumber: 'ezkNumber',
  'decree.number': 'decreeNumber',
  'decree.date': 'decreeDate',
  'decree.body': 'body',
  'decree.official': 'official',
  caseKind: 'caseKind',
  caseNumber: 'caseNumber',
  'client.fullName': 'fullName',
  'client.iin': 'iin',
  statusId: 'status',
  qualification: 'qualification',
} as const satisfies Record<EzkField, string>;

/**
 * A collapsed panel for text copied from Е-Заң көмегі: «Fill the form» fills the empty fields
 * and says which were filled, which were left as typed and which lines were not understood.
 */
export function EzkPastePanel({ onFill }: { onFill: (text: string) => EzkPasteOutcome | null }) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<EzkPasteOutcome | null>(null);
  const names = (fields: readonly EzkField[]) =>
    fields.map((f) => t(`appointments.form.${EZK_FIELD_LABEL[f]}`)).join(', ');
  const P = 'appointments.form.paste';
  const unknown = outcome?.parsed.unknown ?? [];
  return (
    <div data-testid="ezk-paste">
      <UnstyledButton onClick={toggle} aria-expanded={opened}>
        <Group gap={6}>
          {opened ? (
            <IconChevronDown size={16} aria-hidden />
          ) : (
            <IconChevronRight size={16} aria-hidden />
          )}
          <IconClipboardText size={16} aria-hidden />
          <Text size="sm" fw={500}>
            {t(`${P}.toggle`)}
          </Text>
        </Group>
      </UnstyledButton>
      <Collapse expanded={opened}>
        <Stack gap="xs" mt="xs" pl="md">
          <Textarea
            label={t(`${P}.text`)}
            description={t(`${P}.hint`)}
            autosize
            minRows={4}
            maxRows={12}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <Group>
            <Button
              variant="light"
              size="xs"
              disabled={!text.trim()}
              onClick={() => setOutcome(onFill(text))}
            >
              {t(`${P}.fill`)}
            </Button>
          </Group>
          {outcome && (
            <Alert
              color={outcome.filled.length ? 'blue' : 'yellow'}
              variant="light"
              icon={<IconInfoCircle aria-hidden />}
              data-testid="ezk-paste-result"
              role="status"
            >
              <Stack gap={4}>
                {outcome.filled.length > 0 ? (
                  <Text size="sm">{t(`${P}.filled`, { fields: names(outcome.filled) })}</Text>
                ) : (
                  outcome.kept.length === 0 && <Text size="sm">{t(`${P}.nothing`)}</Text>
                )}
                {outcome.kept.length > 0 && (
                  <Text size="sm">{t(`${P}.kept`, { fields: names(outcome.kept) })}</Text>
                )}
                {outcome.parsed.ambiguous.length > 0 && (
                  <Text size="sm">
                    {t(`${P}.ambiguous`, { fields: names(outcome.parsed.ambiguous) })}
                  </Text>
                )}
                {unknown.length > 0 && (
                  <>
                    <Text size="sm">{t(`${P}.unknown`, { count: unknown.length })}</Text>
                    <List size="xs" data-testid="ezk-paste-unknown">
                      {unknown.map((line, i) => (
                        <List.Item key={i}>{line}</List.Item>
                      ))}
                    </List>
                  </>
                )}
                {outcome.filled.length > 0 && (
                  <Text size="sm" fw={500}>
                    {t(`${P}.review`)}
                  </Text>
                )}
              </Stack>
            </Alert>
          )}
        </Stack>
      </Collapse>
    </div>
  );
}
