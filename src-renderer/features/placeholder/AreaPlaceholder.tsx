import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from '../../i18n/translate';
import { areaIcons, type AreaId } from '../../app/areas';

type PlannedArea = Exclude<AreaId, 'settings' | 'eligibility' | 'consultations' | 'office'>;

/** An area not built yet says plainly what it will do, so nobody mistakes it for broken. */
export function AreaPlaceholder({ area }: { area: PlannedArea }) {
  const { t } = useTranslation();
  const Icon = areaIcons[area];
  return (
    <Paper withBorder p="xl" maw={760}>
      <Group gap="sm" mb="sm">
        <Icon size={28} stroke={1.6} aria-hidden />
        <Title order={2}>{t(`nav.${area}`)}</Title>
        <Badge variant="light" color="gray">
          {t('areas.comingSoon')}
        </Badge>
      </Group>
      <Text size="md" lh={1.6}>
        {t(`areas.${area}`)}
      </Text>
    </Paper>
  );
}
