import { Alert, Anchor, Center, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Profile } from '../../../src-shared/contracts/entities/profile';
import { todayIso } from '../../../src-shared/domain/dates/iso-date';
import { upcomingCollegiumDeadlines } from '../../../src-shared/domain/reports/report-deadlines';
import { useTranslation } from '../../i18n/translate';
import { useRulesOn } from '../../rules/use-rules-on';
import { CollegiumDeadlines } from './CollegiumDeadlines';
import { OfficeMonthSection } from './OfficeMonthSection';
import { defaultReportMonth } from './reports-route';
import { SemiannualSection } from './SemiannualSection';

/**
 * The head's office reports (issue 8; Rules cl. 5.2, 5.4): the collegium's deadlines, the
 * office's month per advocate, and the semiannual summary — all counted from the office's
 * registers as they reached this computer through the office server, which the screen says.
 */
export function OfficeReportsPanel({
  profile,
  signedInAsHead,
}: {
  profile: Profile;
  signedInAsHead: boolean;
}) {
  const { t } = useTranslation();
  const today = todayIso();
  const rules = useRulesOn(today);
  const [month, setMonth] = useState<string | null>(null);
  if (!rules.loaded)
    return (
      <Center p="xl">
        <Loader aria-label={t('fees.report.loading')} />
      </Center>
    );
  const cal = rules.calendar;
  const next = cal ? upcomingCollegiumDeadlines(cal, today).semiannual : null;
  return (
    <Stack gap="lg" data-testid="office-reports">
      <Text size="sm" c="dimmed" maw={860}>
        {t('fees.office.intro')}
      </Text>
      {!signedInAsHead && (
        <Alert color="yellow" variant="light" maw={860} data-testid="office-not-signed-in">
          {t('fees.office.notSignedIn')}{' '}
          <Anchor href="#/sync" size="sm">
            {t('office.empty.toSync')}
          </Anchor>
        </Alert>
      )}
      {cal ? (
        <CollegiumDeadlines calendar={cal} today={today} />
      ) : (
        <Text size="sm" c="red.9">
          {t('fees.report.noCalendar')}
        </Text>
      )}
      <OfficeMonthSection
        profile={profile}
        month={month ?? defaultReportMonth(cal, today)}
        onMonth={setMonth}
        today={today}
      />
      {cal && next && (
        <SemiannualSection
          profile={profile}
          calendar={cal}
          initial={{ year: next.year, half: next.half }}
          today={today}
        />
      )}
    </Stack>
  );
}
