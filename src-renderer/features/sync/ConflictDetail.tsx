/**
 * The detail of a conflict or a quarantined change (docs/sync.md, "Resolving conflicts"): what
 * happened in words, the two versions side by side field by field, and what the user can do.
 * A resolved case stays readable here, with how and when it was resolved.
 */
import { Alert, Center, Loader, Modal, Stack, Text } from '@mantine/core';
import type { TFunction } from '../../i18n/translate';
import { useTranslation } from '../../i18n/translate';
import { currentLocale } from '../../i18n/i18n';
import type { Locale } from '../../../src-shared/i18n/locales';
import type { CaseRef, Me, RawCase } from '../../sync/resolve-cases';
import { DiffTable } from './DiffTable';
import { ResolveActions } from './ResolveActions';
import { entityName, formatWhen, reasonIn, recordLabel, resolutionName } from './sync-text';
import { useConflictCase, type CaseView } from './use-conflict-case';

const REGISTERS = new Set(['consultation', 'appointment']);

/** What happened, in one paragraph. */
function situation(t: TFunction, raw: RawCase): string {
  if (raw.source === 'number-taken') return t('sync.conflict.situation.numberTaken');
  if (raw.source === 'conflict') return t('sync.conflict.situation.conflictElsewhere');
  if (raw.code !== 'conflict') return t('sync.conflict.situation.rejected');
  return raw.baseVersion === 0 && REGISTERS.has(raw.entity)
    ? t('sync.conflict.situation.conflictCreate')
    : t('sync.conflict.situation.conflict');
}

/**
 * "My version · v2 · 25.11.2026 16:33": both sides of a conflict usually carry the same version
 * number (each was built on the same v1), so the time of the change is what tells them apart.
 */
function columnTitle(
  base: string,
  record: Record<string, unknown> | null,
  unreadable: boolean,
  locale: Locale,
) {
  const v = record?.['version'];
  const at = record?.['updatedAt'];
  return [
    base,
    ...(typeof v === 'number' ? [`v${v}`] : []),
    ...(typeof at === 'string' ? [formatWhen(at, locale)] : []),
  ]
    .join(' · ')
    .concat(unreadable ? ' ⚠' : '');
}

function CaseBody({ caseRef, view, me }: { caseRef: CaseRef; view: CaseView; me: Me }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { raw } = view;
  const numberTaken = raw.source === 'number-taken';
  const label = recordLabel(t, view.mine ?? view.server ?? undefined);
  return (
    <Stack gap="md" data-testid="conflict-detail">
      <Text fw={600}>
        {entityName(t, raw.entity)} {label}
      </Text>
      <Text size="sm">{situation(t, raw)}</Text>
      {raw.reason && raw.code !== 'conflict' && (
        <Text size="sm" c="dimmed">
          {reasonIn(raw.reason, locale)}
        </Text>
      )}
      {raw.resolvedAt && (
        <Alert color="green" data-testid="conflict-resolved">
          <Text size="sm">
            {t('sync.conflict.resolvedOn', {
              when: formatWhen(raw.resolvedAt, locale),
              how: resolutionName(t, raw.resolution),
            })}
          </Text>
          {view.waitingToSend && <Text size="sm">{t('sync.conflict.waitingToSend')}</Text>}
        </Alert>
      )}
      {(view.mineUnreadable || view.serverUnreadable) && (
        <Alert color="orange">
          <Text size="sm">{t('sync.conflict.unreadable')}</Text>
        </Alert>
      )}
      <DiffTable
        rows={view.rows}
        mineTitle={columnTitle(
          t(numberTaken ? 'sync.conflict.numberTakenMine' : 'sync.conflict.mine'),
          view.mine ?? raw.mine,
          view.mineUnreadable,
          locale,
        )}
        serverTitle={columnTitle(
          t(numberTaken ? 'sync.conflict.numberTakenServer' : 'sync.conflict.server'),
          view.server ?? raw.server,
          view.serverUnreadable,
          locale,
        )}
      />
      {!raw.resolvedAt && (
        <ResolveActions
          caseRef={caseRef}
          actions={view.actions}
          me={me}
          owned={raw.ownerId !== undefined && raw.ownerId === me.userId}
          tellsServer={!!raw.serverConflictId}
        />
      )}
    </Stack>
  );
}

export function ConflictDetail({
  caseRef,
  me,
  onClose,
}: {
  caseRef: CaseRef | null;
  me: Me;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const view = useConflictCase(caseRef, me);
  return (
    <Modal
      opened={!!caseRef}
      onClose={onClose}
      size="xl"
      title={t('sync.conflict.title')}
      closeButtonProps={{ 'aria-label': t('sync.conflict.close') }}
    >
      {caseRef && view === undefined && (
        <Center>
          <Loader aria-label="…" />
        </Center>
      )}
      {caseRef && view === null && <Text size="sm">{t('sync.conflict.errors.changed')}</Text>}
      {caseRef && view && <CaseBody caseRef={caseRef} view={view} me={me} />}
    </Modal>
  );
}
