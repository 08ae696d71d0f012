/**
 * The appointment's state machine (Rules cl. 10, 17, 27, 36, 44–47; UPK 66–69, 94). The
 * repository refuses a step with `AppointmentStateError`; the UI asks the same functions
 * (`acceptBlockers`, `stateBlocker`) to show why a button is disabled, so the two never
 * disagree. Codes are i18n keys (`appointment.*`).
 *
 *   received ──accept──▶ accepted ──complete──▶ completed
 *      │                    ├──transfer──▶ transferred   (cl. 27(2): with permission)
 *      │                    ├──refusal (accepted by the body)──▶ refused   (UPK 69)
 *      └──decline──▶ declined ◀──decline──┘
 *
 * Declining after acceptance: UPK 66(5) forbids the advocate to abandon an accepted defence,
 * but a ground excluding the advocate (UPK 94; a conflict of interest, cl. 36) can come to light
 * later and removes them all the same. The cl. 36 grounds the pack lists are exactly those
 * grounds (conflict of interest, procedural exclusion), so declining from 'accepted' is allowed
 * on the same grounds as from 'received' — never for any other reason; the repository checks
 * the ground against the pack.
 *
 * After completion nothing is appended: a wrong work item is withdrawn before completing, and
 * the completed record stays as it was reported.
 */
import type { Appointment, AppointmentState } from '../../contracts/entities/appointment';

export type AcceptBlocker =
  | 'not-received'
  | 'paper-not-assigned'
  | 'no-conflict-check'
  | 'conflict-found'
  | 'conflict-unexplained';

/** Steps appended to an appointment after intake. */
export type AppointmentAction =
  | 'assign'
  | 'conflict-check'
  | 'accept'
  | 'decline'
  | 'notice'
  | 'notify'
  | 'work'
  | 'withdraw-work'
  | 'paid-advocate'
  | 'refusal'
  | 'transfer'
  | 'complete';

/** i18n keys of refusals (`appointment.*`). */
export const appointmentErrorCodes = [
  'appointment.notFound',
  'appointment.notReceived',
  'appointment.notAccepted',
  'appointment.notPaper',
  'appointment.paperNotAssigned',
  'appointment.noConflictCheck',
  'appointment.conflictFound',
  'appointment.conflictUnexplained',
  'appointment.closed',
  'appointment.workNotFound',
  'appointment.workWithdrawn',
] as const;
export type AppointmentErrorCode = (typeof appointmentErrorCodes)[number];

export class AppointmentStateError extends Error {
  constructor(
    readonly code: AppointmentErrorCode,
    readonly appointmentId?: string,
    /** For 'accept': every reason it is refused, in display order. */
    readonly blockers: readonly AcceptBlocker[] = [],
  ) {
    super(appointmentId ? `${code} (${appointmentId})` : code);
    this.name = 'AppointmentStateError';
  }
}

const BLOCKER_CODE: Record<AcceptBlocker, AppointmentErrorCode> = {
  'not-received': 'appointment.notReceived',
  'paper-not-assigned': 'appointment.paperNotAssigned',
  'no-conflict-check': 'appointment.noConflictCheck',
  'conflict-found': 'appointment.conflictFound',
  'conflict-unexplained': 'appointment.conflictUnexplained',
};

export function acceptBlockerCode(b: AcceptBlocker): AppointmentErrorCode {
  return BLOCKER_CODE[b];
}

/**
 * Why the appointment cannot be accepted yet (empty: it can). A paper decree needs the head's
 * assignment (cl. 10, 17); every appointment needs a recorded conflict check (UPK 66(4), 94)
 * whose decision is 'no-conflict', and a finding of severity 'conflict' needs the advocate's
 * explanation of why it is not one.
 */
export function acceptBlockers(a: Appointment): AcceptBlocker[] {
  const out: AcceptBlocker[] = [];
  if (a.state !== 'received') out.push('not-received');
  if (a.source === 'paper' && !a.paperAssignment) out.push('paper-not-assigned');
  const check = a.conflictCheck;
  if (!check) out.push('no-conflict-check');
  else if (check.decision === 'conflict') out.push('conflict-found');
  else if (check.findings.some((f) => f.severity === 'conflict') && !check.explanation.trim())
    out.push('conflict-unexplained');
  return out;
}

export const canAccept = (a: Appointment): boolean => acceptBlockers(a).length === 0;
/** cl. 36 grounds; from 'accepted' too (see the header). */
export const canDecline = (a: Appointment): boolean =>
  a.state === 'received' || a.state === 'accepted';
export const canIssueNotice = (a: Appointment): boolean => a.state === 'accepted';
export const canNotify = (a: Appointment): boolean => a.state === 'accepted';
/** Accepted only: after completion a wrong item cannot be fixed by adding another. */
export const canLogWork = (a: Appointment): boolean => a.state === 'accepted';
/** Withdrawing is the correction path for the work log, while the defence is under way. */
export const canWithdrawWork = (a: Appointment): boolean => a.state === 'accepted';
export const canTransfer = (a: Appointment): boolean => a.state === 'accepted';
export const canComplete = (a: Appointment): boolean => a.state === 'accepted';
export const canRecordRefusal = (a: Appointment): boolean => a.state === 'accepted';
export const canRecordPaidAdvocate = (a: Appointment): boolean => a.state === 'accepted';
export const canRecordAssignment = (a: Appointment): boolean =>
  a.source === 'paper' && a.state === 'received';
/** Before the decision, and again while accepted (a conflict may come to light later). */
export const canRecordConflictCheck = (a: Appointment): boolean =>
  a.state === 'received' || a.state === 'accepted';

const FINAL: readonly AppointmentState[] = ['declined', 'transferred', 'refused', 'completed'];

function needs(a: Appointment, states: readonly AppointmentState[]): AppointmentErrorCode | null {
  if (states.includes(a.state)) return null;
  if (FINAL.includes(a.state)) return 'appointment.closed';
  return states.includes('received') ? 'appointment.notReceived' : 'appointment.notAccepted';
}

/**
 * Why `action` is not possible in the appointment's current state, as an error code, or null
 * when it is. For 'accept' this is the first of `acceptBlockers`.
 */
export function stateBlocker(
  action: AppointmentAction,
  a: Appointment,
): AppointmentErrorCode | null {
  switch (action) {
    case 'accept': {
      const first = acceptBlockers(a)[0];
      if (!first) return null;
      return first === 'not-received' ? needs(a, ['received']) : BLOCKER_CODE[first];
    }
    case 'assign':
      if (a.source !== 'paper') return 'appointment.notPaper';
      return needs(a, ['received']);
    case 'conflict-check':
    case 'decline':
      return needs(a, ['received', 'accepted']);
    case 'notice':
    case 'notify':
    case 'work':
    case 'withdraw-work':
    case 'paid-advocate':
    case 'refusal':
    case 'transfer':
    case 'complete':
      return needs(a, ['accepted']);
  }
}

/** Throws the refusal `stateBlocker` gives, if any. */
export function assertCan(action: AppointmentAction, a: Appointment): void {
  const code = stateBlocker(action, a);
  if (code) {
    throw new AppointmentStateError(code, a.id, action === 'accept' ? acceptBlockers(a) : []);
  }
}
