import { Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconInfoSmall, IconX } from '@tabler/icons-react';
import type { TraceStep } from '../../../src-shared/domain/eligibility/types';
import { formatCitation } from '../../../src-shared/rules/format-citation';
import { UnverifiedBadge } from '../../components/UnverifiedBadge';

const ICON = {
  pass: { color: 'green.8', Icon: IconCheck },
  fail: { color: 'red.8', Icon: IconX },
  info: { color: 'blue.8', Icon: IconInfoSmall },
} as const;

/** Each rule the decision applied, its result, and where it comes from. */
export function TraceList({ steps, lang }: { steps: TraceStep[]; lang: 'kk' | 'ru' }) {
  return (
    <List spacing="sm" center={false} data-testid="decision-trace">
      {steps.map((s, i) => {
        const { color, Icon } = ICON[s.result];
        return (
          <List.Item
            key={`${s.ruleId}-${i}`}
            icon={
              <ThemeIcon color={color} size={22} radius="xl">
                <Icon size={15} aria-hidden />
              </ThemeIcon>
            }
          >
            <Text size="sm">{s.text[lang]}</Text>
            <Group gap={6}>
              <Text size="xs" c="dimmed" data-testid="trace-citation">
                {formatCitation(s.citation, lang)}
              </Text>
              {!s.verified && <UnverifiedBadge />}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
