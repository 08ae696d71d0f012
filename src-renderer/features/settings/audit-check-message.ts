/**
 * Settings → Data integrity: what the audit-log check tells the advocate, as data (message
 * keys and their values) so it is tested without React (audit-check-message.test.ts).
 * IntegrityCard only translates and lays it out.
 *
 * A broken chain names the first entry that cannot be trusted — its number, what record it is
 * about, what was done and when (as the entry reads now: an edited entry may lie about itself)
 * — what the chain can tell went wrong there, and how many entries before it are intact. An
 * intact chain shows how many entries were checked and the head, the hash the monthly report
 * and the registers print; a head copied from such a printout can be looked for in the log.
 */
import type { MessageKey, MessageVars } from '../../i18n/translate';
import type { Locale } from '../../../src-shared/i18n/locales';
import { formatDate } from '../../../src-shared/i18n/format';
import {
  locateHead,
  shortHash,
  type HeadLocation,
} from '../../../src-shared/domain/audit/chain-head';
import {
  verifyAuditChain,
  type AuditContent,
  type ChainVerdict,
  type StoredChainEntry,
} from '../../../src-shared/domain/audit/hash-chain';

export interface AuditCheck {
  verdict: ChainVerdict;
  /** Where the printed head was found, when one was given. */
  printed: { head: string; location: HeadLocation } | null;
}

/** Verifies the log and, if given, looks for a head copied from a printout. */
export function checkAuditLog(
  entries: readonly StoredChainEntry[],
  printedHead: string | null,
): AuditCheck {
  const verdict = verifyAuditChain(entries);
  return {
    verdict,
    printed: printedHead
      ? { head: printedHead, location: locateHead(entries, verdict, printedHead) }
      : null,
  };
}

/** A value that is itself a message (an entity or action name), translated before use. */
export type LineVar = string | number | { key: MessageKey };

export interface MessageLine {
  key: MessageKey;
  vars?: Record<string, LineVar>;
}

export interface AuditCheckMessage {
  /** ok: intact; warning: intact but the printed head is missing; broken: the chain breaks. */
  tone: 'ok' | 'warning' | 'broken';
  headline: MessageLine;
  lines: MessageLine[];
  /** The full head hash, to compare by eye with a monthly report. */
  fullHead?: string;
}

/** Record kinds the audit log names (repositories' entity names), each with its own word. */
const ENTITY_KEYS = {
  consultation: 'settings.auditCheck.entities.consultation',
  appointment: 'settings.auditCheck.entities.appointment',
  eligibilityCheck: 'settings.auditCheck.entities.eligibilityCheck',
  profile: 'settings.auditCheck.entities.profile',
  feeClaim: 'settings.auditCheck.entities.feeClaim',
  rosterMember: 'settings.auditCheck.entities.rosterMember',
  dutySchedule: 'settings.auditCheck.entities.dutySchedule',
  scheduleAck: 'settings.auditCheck.entities.scheduleAck',
  distribution: 'settings.auditCheck.entities.distribution',
  distributionAnswer: 'settings.auditCheck.entities.distributionAnswer',
  rulePack: 'settings.auditCheck.entities.rulePack',
} as const satisfies Record<string, MessageKey>;

const ACTION_KEYS = {
  create: 'settings.auditCheck.actions.create',
  update: 'settings.auditCheck.actions.update',
  correct: 'settings.auditCheck.actions.correct',
  system: 'settings.auditCheck.actions.system',
} as const satisfies Record<AuditContent['action'], MessageKey>;

// An edited entry may name anything: unknown names get a neutral word, never a missing key.
function entityKey(entity: string): MessageKey {
  return Object.hasOwn(ENTITY_KEYS, entity)
    ? ENTITY_KEYS[entity as keyof typeof ENTITY_KEYS]
    : 'settings.auditCheck.entities.other';
}

function actionKey(action: string): MessageKey {
  return Object.hasOwn(ACTION_KEYS, action)
    ? ACTION_KEYS[action as keyof typeof ACTION_KEYS]
    : 'settings.auditCheck.actions.other';
}

/** "25.11.2026 14:05" in this computer's time zone, as the monthly report prints times. */
export function localDateTime(iso: string, locale: Locale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(day, locale)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function whatIsWrong(v: Extract<ChainVerdict, { intact: false }>): MessageLine {
  switch (v.kind) {
    case 'removed':
      if (!v.missing) return { key: 'settings.auditCheck.kind.removed' };
      return v.missing.count === 1
        ? { key: 'settings.auditCheck.kind.removedOne', vars: { number: v.missing.from } }
        : {
            key: 'settings.auditCheck.kind.removedMany',
            vars: { from: v.missing.from, to: v.missing.to, count: v.missing.count },
          };
    case 'reordered':
      return v.writtenAfter === 'start' || v.writtenAfter === undefined
        ? { key: 'settings.auditCheck.kind.reorderedStart' }
        : { key: 'settings.auditCheck.kind.reordered', vars: { number: v.writtenAfter } };
    case 'edited':
      return { key: 'settings.auditCheck.kind.edited' };
    case 'sealEdited':
      return { key: 'settings.auditCheck.kind.sealEdited' };
    case 'replaced':
      return { key: 'settings.auditCheck.kind.replaced' };
    case 'unlinked':
      return { key: 'settings.auditCheck.kind.unlinked' };
  }
}

function printedLine(printed: NonNullable<AuditCheck['printed']>): MessageLine {
  const at = printed.location;
  return at.found
    ? { key: 'settings.auditCheck.printedFound', vars: { number: at.number, after: at.after } }
    : { key: 'settings.auditCheck.printedMissing', vars: { hash: shortHash(printed.head) } };
}

export function auditCheckMessage(check: AuditCheck, locale: Locale): AuditCheckMessage {
  const v = check.verdict;
  const printed = check.printed ? [printedLine(check.printed)] : [];
  if (v.intact) {
    const missing = check.printed !== null && !check.printed.location.found;
    return {
      tone: missing ? 'warning' : 'ok',
      headline: { key: 'settings.chainIntact', vars: { count: v.count } },
      lines:
        v.count === 0
          ? [{ key: 'settings.auditCheck.empty' }, ...printed]
          : [{ key: 'settings.auditCheck.head', vars: { hash: shortHash(v.head) } }, ...printed],
      ...(v.count > 0 ? { fullHead: v.head } : {}),
    };
  }
  const entry: MessageLine = {
    key: 'settings.auditCheck.entry',
    vars: {
      entity: { key: entityKey(v.entry.entity) },
      action: { key: actionKey(v.entry.action) },
      at: localDateTime(v.entry.at, locale),
    },
  };
  return {
    tone: 'broken',
    headline: { key: 'settings.chainBroken', vars: { index: v.entry.number } },
    lines: [
      entry,
      whatIsWrong(v),
      ...(v.brokenAt > 0
        ? [{ key: 'settings.auditCheck.intactBefore', vars: { count: v.brokenAt } } as const]
        : []),
      ...printed,
    ],
  };
}

/** Resolves the nested messages of a line's values, then the line itself. */
export function translateLine(
  t: (key: MessageKey, vars?: MessageVars) => string,
  line: MessageLine,
): string {
  const vars: MessageVars = {};
  for (const [name, value] of Object.entries(line.vars ?? {})) {
    vars[name] = typeof value === 'object' ? t(value.key) : value;
  }
  return t(line.key, vars);
}
