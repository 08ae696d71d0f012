import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { formatDate } from '../../../src-shared/i18n/format';
import { formatTenge } from '../../../src-shared/i18n/money';
import { currentLocale } from '../../i18n/i18n';
import { useTranslation, type TFunction } from '../../i18n/translate';
import { claimHash, claimsListHash, newClaimHash } from './claims/claim-links';
import { durationText } from './report-format';
import type { TodoItem, TodoKind } from './todo';

/** How many lines the card shows; the rest are in the claims list. */
const SHOWN = 6;

/** Filled badges with enough contrast for white text (axe checks them in e2e). */
const BADGE: Record<TodoKind, string> = {
  late: 'red.9',
  dueSoon: '#9a3412',
  ready: 'blue.9',
  unclaimed: 'teal.9',
  awaiting: 'gray.7',
};

function line(item: TodoItem, t: TFunction, locale: ReturnType<typeof currentLocale>): string {
  const money = (tiyn: number) => formatTenge(tiyn, locale);
  switch (item.kind) {
    case 'late':
      return t('fees.dashboard.todo.late', {
        label: item.label,
        date: formatDate(item.due, locale),
      });
    case 'dueSoon':
      return t('fees.dashboard.todo.dueSoon', {
        label: item.label,
        date: formatDate(item.due, locale),
      });
    case 'ready':
      return t('fees.dashboard.todo.ready', { label: item.label, amount: money(item.totalTiyn) });
    case 'unclaimed':
      return t('fees.dashboard.todo.unclaimed', {
        label: item.label,
        items: item.items,
        duration: durationText(t, item.minutes),
      });
    case 'awaiting':
      return item.paidTiyn > 0
        ? t('fees.dashboard.todo.awaitingRest', {
            label: item.label,
            date: formatDate(item.submitted, locale),
            paid: money(item.paidTiyn),
            amount: money(item.totalTiyn),
          })
        : t('fees.dashboard.todo.awaiting', {
            label: item.label,
            date: formatDate(item.submitted, locale),
            amount: money(item.totalTiyn),
          });
  }
}

/** The dashboard's to-do list (todo.ts): each line says what to do and links to where. */
export function TodoList({ items }: { items: readonly TodoItem[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Paper withBorder p="lg" data-testid="todo">
      <Group align="flex-start" wrap="nowrap">
        <ThemeIcon size={40} radius="md" variant="light" color="teal">
          <IconChecklist size={24} aria-hidden />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1 }}>
          <Title order={3} size="h4">
            {t('fees.dashboard.todo.title')}
          </Title>
          {items.length === 0 && <Text size="sm">{t('fees.dashboard.todo.none')}</Text>}
          {items.slice(0, SHOWN).map((item) => (
            <Group
              key={`${item.kind}-${'claimId' in item ? item.claimId : item.appointmentId}`}
              justify="space-between"
              wrap="nowrap"
              align="flex-start"
              gap="sm"
              data-testid="todo-item"
              data-kind={item.kind}
            >
              <Stack gap={2} align="flex-start">
                <Badge color={BADGE[item.kind]} variant="filled" tt="none">
                  {t(`fees.dashboard.todo.kinds.${item.kind}`)}
                </Badge>
                <Text size="sm">{line(item, t, locale)}</Text>
              </Stack>
              {/* The button keeps its words: the line beside it wraps instead. */}
              <Box style={{ flexShrink: 0 }}>
                {item.kind === 'unclaimed' ? (
                  <Button
                    size="xs"
                    component="a"
                    href={newClaimHash('defence', { appointmentId: item.appointmentId })}
                    aria-label={t('fees.dashboard.todo.claimAppointment', { label: item.label })}
                    data-testid="todo-claim-it"
                  >
                    {t('fees.dashboard.todo.claimIt')}
                  </Button>
                ) : (
                  <Button
                    size="xs"
                    variant="default"
                    component="a"
                    href={claimHash(item.claimId)}
                    aria-label={t('fees.dashboard.todo.openClaim', { label: item.label })}
                  >
                    {t('fees.dashboard.todo.open')}
                  </Button>
                )}
              </Box>
            </Group>
          ))}
          {items.length > SHOWN && (
            <Anchor href={claimsListHash()} size="sm">
              {t('fees.dashboard.todo.more', { count: items.length - SHOWN })}
            </Anchor>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
