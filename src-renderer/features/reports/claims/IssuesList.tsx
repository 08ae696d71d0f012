import { Alert, Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react';
import type { MissingRecordError } from '../../../../src-shared/domain/fees/from-registers';
import type { ClaimIssue } from '../../../../src-shared/domain/fees/validate-types';
import type { Locale } from '../../../../src-shared/i18n/locales';
import type { FeeDocLabels } from '../../../documents/fee-doc-input';
import { useTranslation } from '../../../i18n/translate';
import { issueTextOf, issueTools } from './claim-labels';
import { appointmentHash, consultationHash } from './claim-links';

/** Where the advocate fixes the entry an issue is about: its register page. */
export function issueLink(issue: Pick<ClaimIssue, 'ref' | 'recordId'>): {
  href: string;
  kind: 'appointment' | 'consultation';
} | null {
  const kind = issue.ref?.slice(0, issue.ref.indexOf(':'));
  if (!issue.recordId) return null;
  if (kind === 'work' || kind === 'travel')
    return { href: appointmentHash(issue.recordId), kind: 'appointment' };
  if (kind === 'consultation')
    return { href: consultationHash(issue.recordId), kind: 'consultation' };
  return null;
}

/**
 * The validators' findings, errors first (validate.ts sorts them), each naming the entry and
 * linking to where it is fixed. Errors stop the claim being made ready; warnings only inform.
 */
export function IssuesList({
  issues,
  labels,
  locale,
  missing,
}: {
  issues: readonly ClaimIssue[];
  labels: FeeDocLabels;
  locale: Locale;
  /** A record the claim refers to that is not on this device: nothing can be checked. */
  missing?: MissingRecordError | null;
}) {
  const { t } = useTranslation();
  const tools = issueTools(t, locale, labels);
  const errors = issues.filter((i) => i.severity === 'error').length + (missing ? 1 : 0);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="claim-checks"
      data-testid="claim-checks"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="claim-checks">
            {t('fees.issues.title')}
          </Title>
          {errors > 0 && (
            <Badge color="red.9" variant="filled" tt="none">
              {t('fees.claims.checks.errors', { count: errors })}
            </Badge>
          )}
        </Group>
        {missing && (
          <Alert color="red" variant="light" p="xs" data-testid="claim-missing">
            <Text size="sm">
              {missing.recordType === 'appointment'
                ? t('fees.claims.checks.missingAppointment')
                : t('fees.claims.checks.missingConsultation')}
            </Text>
          </Alert>
        )}
        {missing ? null : issues.length === 0 ? (
          <Group gap="xs">
            <IconCircleCheck size={18} color="var(--mantine-color-teal-9)" aria-hidden />
            <Text size="sm">{t('fees.issues.none')}</Text>
          </Group>
        ) : (
          <List spacing="xs" listStyleType="none" data-testid="claim-issues">
            {issues.map((issue, i) => {
              const link = issueLink(issue);
              const error = issue.severity === 'error';
              return (
                <List.Item
                  key={`${issue.code}-${issue.ref ?? ''}-${i}`}
                  data-severity={issue.severity}
                  data-code={issue.code}
                  icon={
                    error ? (
                      <IconCircleX size={18} color="var(--mantine-color-red-9)" aria-hidden />
                    ) : (
                      <IconAlertTriangle size={18} color="#9a3412" aria-hidden />
                    )
                  }
                >
                  <Text size="sm" span fw={500} c={error ? 'red.9' : '#9a3412'}>
                    {error ? t('fees.issues.error') : t('fees.issues.warning')}:{' '}
                  </Text>
                  <Text size="sm" span>
                    {issueTextOf(issue, tools)}
                  </Text>
                  {link && (
                    <>
                      {' '}
                      <Anchor size="sm" href={link.href}>
                        {link.kind === 'appointment'
                          ? t('fees.claims.checks.openAppointment')
                          : t('fees.claims.checks.openConsultation')}
                      </Anchor>
                    </>
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
        {errors > 0 && (
          <Alert color="red" variant="light" p="xs">
            <Text size="sm">{t('fees.issues.blocking')}</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
