import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from '../../i18n/translate';
import { maskIin } from '../../../src-shared/domain/iin/iin';
import type { Outcome } from '../../../src-shared/domain/eligibility/types';
import { formatDate } from '../../../src-shared/i18n/format';
import { repos } from '../../db';
import { currentLocale } from '../../i18n/i18n';

const COLOR: Record<Outcome, string> = {
  eligible: 'green',
  'not-eligible': 'red',
  'needs-evidence': 'orange',
  'refer-to-legal-information': 'blue',
};

/** The last recorded decisions on this computer, newest first. */
export function RecentChecks() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const checks = useLiveQuery(() => repos.eligibilityChecks.recent(10), []);
  if (!checks || checks.length === 0) return null;
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="sm">
        {t('eligibility.recent')}
      </Title>
      <Table striped data-testid="recent-checks">
        <Table.Tbody>
          {checks.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Text size="sm">{formatDate(c.facts.date, locale)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.facts.person.fullName}</Text>
                <Text size="xs" c="dimmed">
                  {maskIin(c.facts.person.iin)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`eligibility.service.${c.decision.service}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge color={COLOR[c.decision.outcome]} variant="dot" tt="none">
                  {t(`eligibility.outcome.${c.decision.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  v{c.decision.pack.version}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
