/** Words for sync codes and values in the UI language (kk/ru; en for maintainers). */
import type { TFunction } from '../../i18n/translate';
import i18next from 'i18next';
import type { ReasonText } from '../../../src-shared/contracts/sync/rejections';
import type { Locale } from '../../../src-shared/i18n/locales';
import type { LocalResolution } from '../../db/rows';
import { formatDate } from '../../../src-shared/i18n/format';
import { translateKey } from '../../i18n/message-key';
import type { SyncProblem } from '../../sync/sync-service';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as local "25.11.2026 14:05". */
export function formatWhen(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(date, locale)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function reasonIn(reason: ReasonText, locale: Locale): string {
  return reason[locale] || reason.ru || reason.en;
}

/** The problem in words, and the server's own message when it sent one. */
export function problemText(t: TFunction, problem: SyncProblem, locale: Locale): string[] {
  const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 15 * 60) / 60));
  const tt = t as unknown as (key: string, opts: Record<string, unknown>) => string;
  const key = `sync.problems.${problem.code}`;
  const lines = [i18next.exists(key) ? tt(key, { minutes }) : problem.code];
  if (problem.serverMessage) {
    lines.push(t('sync.serverSays', { message: reasonIn(problem.serverMessage, locale) }));
  }
  return lines;
}

const ENTITIES = new Set([
  'consultation',
  'appointment',
  'eligibilityCheck',
  'profile',
  'feeClaim',
  'rosterMember',
  'dutySchedule',
  'scheduleAck',
  'distribution',
  'distributionAnswer',
]);

export function entityName(t: TFunction, entity: string): string {
  return translateKey(t, `sync.entities.${ENTITIES.has(entity) ? entity : 'other'}`);
}

/** A short label for a record: its register number when it has one. */
export function recordLabel(t: TFunction, record: Record<string, unknown> | undefined): string {
  const n = record?.['number'];
  if ((typeof n === 'string' && n !== '') || typeof n === 'number') {
    const year = record?.['year'];
    return t('sync.recordNumber', { number: year ? `${String(n)}/${String(year)}` : String(n) });
  }
  return '';
}

const camel = (s: string) => s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** Log actions of conflict resolution (src-renderer/sync/resolve-*.ts), worded under sync.conflict. */
const RESOLVE_ACTIONS = new Set(['resolved', 'resolution-sent', 'resolution-refused']);

/** A sync log action ('kept-local') as words. */
export function actionName(t: TFunction, action: string): string {
  return translateKey(
    t,
    RESOLVE_ACTIONS.has(action)
      ? `sync.conflict.logActions.${camel(action)}`
      : `sync.actions.${camel(action)}`,
  );
}

/** How a case was resolved, in words; a conflict resolved on another device does not say how. */
export function resolutionName(t: TFunction, resolution: LocalResolution | undefined): string {
  return translateKey(
    t,
    `sync.conflict.resolutions.${resolution ? camel(resolution) : 'elsewhere'}`,
  );
}
