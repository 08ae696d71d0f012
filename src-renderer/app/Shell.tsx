import { AppShell, Badge, Burger, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconShieldCheck } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from '../i18n/translate';
import type { Profile } from '../../src-shared/contracts/entities/profile';
import { AppointmentsPage } from '../features/appointments/AppointmentsPage';
import { ConsultationsPage } from '../features/consultations/ConsultationsPage';
import { DutyPage } from '../features/duty/DutyPage';
import { EligibilityPage } from '../features/eligibility/EligibilityPage';
import { LockButton } from '../features/lock/LockButton';
import { isOfficeHead } from '../features/office/office-access';
import { OfficePage } from '../features/office/OfficePage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { appSyncService, useSync } from '../sync/use-sync';
import { areaIcons, areaIds, headOnlyAreas, type AreaId } from './areas';
import { LanguageSwitch } from './LanguageSwitch';
import { useHashRoute } from './use-hash-route';

function AreaPage({ area, profile }: { area: AreaId; profile: Profile }) {
  if (area === 'settings') return <SettingsPage profile={profile} />;
  if (area === 'eligibility') return <EligibilityPage profile={profile} />;
  if (area === 'consultations') return <ConsultationsPage profile={profile} />;
  if (area === 'appointments') return <AppointmentsPage profile={profile} />;
  if (area === 'sync') return <SyncPage profile={profile} />;
  if (area === 'office') return <OfficePage profile={profile} />;
  if (area === 'schedules') return <DutyPage profile={profile} />;
  if (area === 'reports') return <ReportsPage profile={profile} />;
  // Every area has its page now: a new area id fails to compile here until it gets one.
  const none: never = area;
  return none;
}

export function Shell({ profile, isPreview }: { profile: Profile; isPreview: boolean }) {
  const { t } = useTranslation();
  const area = useHashRoute();
  const [opened, { toggle, close }] = useDisclosure();
  // The office view is offered to a head's signed-in device only (its page explains itself
  // to anyone who opens #/office otherwise).
  const head = isOfficeHead(useSync());
  const navAreas = areaIds.filter((id) => head || !headOnlyAreas.includes(id));

  // Sync runs in the background whichever area is open (a no-op until the device signs in).
  useEffect(() => {
    void appSyncService().start();
  }, []);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.label')}
            />
            <IconShieldCheck
              size={30}
              stroke={1.7}
              color="var(--mantine-color-blue-8)"
              aria-hidden
            />
            <Stack gap={0}>
              <Title order={1} size="h4" lh={1.1}>
                {t('app.name')}
              </Title>
              <Text size="xs" c="dimmed" visibleFrom="md">
                {t('app.tagline')}
              </Text>
            </Stack>
            {isPreview && (
              <Badge color="yellow.4" autoContrast variant="filled" tt="none" visibleFrom="md">
                {t('app.browserPreview')}
              </Badge>
            )}
          </Group>
          <Group gap="md" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="sm">
              <Text size="sm" fw={600} data-testid="profile-name">
                {profile.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`roles.${profile.role}`)} · {profile.office}
              </Text>
            </Stack>
            <LanguageSwitch />
            <LockButton />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {navAreas.map((id) => {
          const Icon = areaIcons[id];
          return (
            <NavLink
              key={id}
              href={`#/${id}`}
              label={t(`nav.${id}`)}
              leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
              active={area === id}
              aria-current={area === id ? 'page' : undefined}
              onClick={close}
              mt={id === 'settings' ? 'auto' : undefined}
            />
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main>
        <AreaPage area={area} profile={profile} />
      </AppShell.Main>
    </AppShell>
  );
}
