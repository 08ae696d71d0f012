import { Badge, Tooltip, VisuallyHidden } from '@mantine/core';
import {
  IconCloudCheck,
  IconCloudUpload,
  IconCloudX,
  IconDeviceLaptop,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from '../../i18n/translate';
import type { RecordSyncStatus } from '../../../src-shared/domain/sync/record-sync-status';

// Outline badges in dark shades: text on white stays above WCAG AA (4.5:1); the light variant's
// default shades did not (axe flagged the sync page's green badge).
const LOOK: Record<RecordSyncStatus, { color: string; icon: Icon }> = {
  local: { color: 'gray.7', icon: IconDeviceLaptop },
  sent: { color: 'blue.9', icon: IconCloudUpload },
  accepted: { color: 'teal.9', icon: IconCloudCheck },
  rejected: { color: 'red.9', icon: IconCloudX },
};

/**
 * Where a record stands with the office server (src-shared/domain/sync/record-sync-status.ts):
 * colour, icon and a word, with the longer explanation in a tooltip and for screen readers.
 * Nothing for a device that was never signed in (`status` null). 'rejected' links to the Sync
 * page, where the quarantine shows why — except with `link={false}`, for a badge that sits
 * inside a clickable row (a link inside a button is invalid and unreachable by keyboard).
 */
export function SyncBadge({
  status,
  size = 'sm',
  link = true,
}: {
  status: RecordSyncStatus | null | undefined;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  link?: boolean;
}) {
  const { t } = useTranslation();
  if (!status) return null;
  const { color, icon: StatusIcon } = LOOK[status];
  const text = t(`sync.badge.status.${status}`);
  const hint = t(`sync.badge.hint.${status}`);
  const linked = link && status === 'rejected';
  return (
    <Tooltip label={hint} multiline w={300} openDelay={300}>
      <Badge
        {...(linked ? { component: 'a', href: '#/sync', style: { cursor: 'pointer' } } : {})}
        color={color}
        variant="outline"
        size={size}
        tt="none"
        leftSection={<StatusIcon size={12} aria-hidden />}
        data-testid="sync-badge"
        data-status={status}
      >
        {/* Seen: the word; heard: what it means (the tooltip is for the mouse only). */}
        <span aria-hidden>{text}</span>
        <VisuallyHidden>{t('sync.badge.aria', { status: text, hint })}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}
