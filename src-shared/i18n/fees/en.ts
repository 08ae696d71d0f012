/**
 * Fee claims, the monthly report and the office's reports (issue 8; Rules cl. 5.2, 5.4, 33,
 * 54–59): the `fees` part of the catalog. kk and ru must have exactly this shape
 * (`FeesMessages`). Each part of the area keeps its own sub-object.
 */
export const feesEn = {
  title: 'Reports and fee claims',
  /** Refusals of a step in a claim's life (domain/fees/claim-lifecycle.ts `ClaimLifecycleError`). */
  lifecycle: {
    errors: {
      notFound: 'The claim was not found.',
      notDraft: 'Only a draft can be changed or made ready to file.',
      notReady: 'Only a claim ready to file can be filed or returned to draft.',
      notSubmitted: 'A payment or a rejection is recorded only after the claim is filed.',
      notRejected: 'Only a rejected claim can be copied into a new draft.',
      partlyPaid: 'A partly paid claim is not rejected: record the rest when it is paid.',
      closed:
        'The claim is final (paid or rejected) and is not changed any more. A rejected claim can be copied into a new draft.',
      hasErrors: 'The checks found errors: fix them, then make the claim ready to file.',
      calculationProblems: 'Not every entry could be priced: see the checks.',
      calculationMismatch:
        'The calculation is out of date: the claim changed since. Recalculate and try again.',
      reasonRequired: 'Give the reason.',
      reasonTooLong: 'The reason is too long (at most 1000 characters).',
      future: 'The date cannot be in the future.',
      beforeReady: 'The claim was made ready to file on {{date}}: it cannot be filed earlier.',
      beforeSubmission: 'The claim was filed on {{date}}: the date cannot be earlier.',
      paymentZero: 'Enter the amount paid. If nothing was paid, record the rejection instead.',
      overpaid: 'The payments would exceed the amount claimed: check the amount.',
    },
  },
  /**
   * Claim checks (domain/fees/validate.ts, issue-text.ts): `<code>` and `<code>-<variant>` are
   * messages; `{{entry}}` names the entry to fix (an `entry.*` phrase), `{{other}}` the work it
   * clashes with (an `other.*` phrase, in the case the message needs).
   */
  issues: {
    title: 'Checks before filing',
    none: 'No problems found.',
    error: 'Error',
    warning: 'Warning',
    blocking: 'Fix the errors: until then the claim cannot be made ready.',
    entry: {
      work: 'Appointment {{record}}, "{{action}}", {{date}} {{start}}–{{end}}',
      travel: 'Appointment {{record}}, travel to "{{action}}", {{date}}',
      consultation: 'Consultation {{record}} of {{date}}',
      expense: 'Expense "{{type}}" of {{date}}',
      unknownWork: 'Appointment {{record}}, work entry {{id}}',
      unknownConsultation: 'Consultation entry {{id}}',
      unknownExpense: 'Expense {{id}}',
    },
    other: {
      work: 'work on appointment {{record}} ({{date}} {{start}}–{{end}})',
      consultation: 'consultation {{record}} ({{date}} {{start}}–{{end}})',
    },
    basisFields: { type: 'type', number: 'number', date: 'date' },
    claimStates: {
      draft: 'draft',
      ready: 'ready to file',
      submitted: 'filed',
      paid: 'paid',
      'partly-paid': 'partly paid',
      rejected: 'rejected',
    },
    'basis-missing':
      'The basis document for payment (Rules cl. 56) is incomplete: fill in its {{missing}}',
    'basis-type-mismatch':
      '"{{type}}" is the basis document for another kind of aid (defence or consultation): choose the one for this claim',
    'basis-type-mismatch-unknown':
      'The basis document type "{{type}}" is not in the tariff pack in force: choose a type from the list',
    'basis-type-mismatch-case-kind':
      '"{{type}}" is not issued in this kind of case: choose the basis document for the case',
    'basis-type-mismatch-stage':
      '"{{type}}" is not issued at this stage: choose the basis document for the appointment\'s stage',
    'nothing-claimed': 'Nothing to pay: choose the work, consultations or expenses to claim',
    'duplicate-in-claim':
      '{{entry}}: the same action at the same time is logged twice and both are in the claim; keep one',
    'duplicate-in-claim-consultation':
      '{{entry}}: same person, date and time as consultation {{otherRecord}}; keep one of them in the claim',
    'duplicate-in-claim-same-entry': '{{entry}}: chosen twice in the claim',
    'duplicate-across-claims':
      '{{entry}}: already in claim {{claim}} ({{state}}); the same work is not paid twice',
    'over-cap-person':
      '{{entry}}: {{minutes}} min are not paid: consultation of one person is paid up to {{cap}} min',
    'over-cap-person-no-cap':
      '{{entry}}: {{minutes}} min are not paid: over the cap on paid consultation of one person',
    'over-cap-day': '{{entry}}: {{minutes}} min are not paid: up to {{cap}} min a day are paid',
    'over-cap-day-no-cap':
      '{{entry}}: {{minutes}} min are not paid: over the daily cap on paid time',
    'outside-period': "{{entry}}: outside the claim's period ({{from}} – {{to}})",
    'outside-period-before-received':
      '{{entry}}: before the appointment reached the advocate ({{bound}})',
    'outside-period-after-end': '{{entry}}: after the appointment ended ({{bound}})',
    overlap: '{{entry}}: overlaps in time with {{other}}',
    late: 'Filing date {{filingDate}} is past the deadline: the claim was due by {{due}} ({{months}} month(s) from the basis document of {{basisDate}}). Whether to pay is for the justice body to decide',
    'expense-document-missing':
      '{{entry}}: this expense needs its supporting document; enter its number and date',
    'withdrawn-work': '{{entry}}: the entry was withdrawn ({{reason}}); take it out of the claim',
    'withdrawn-work-missing': '{{entry}}: no such entry in the register; take it out of the claim',
    'withdrawn-work-not-given':
      '{{entry}}: the consultation was not given (deferred, refused or withdrawn by the person); take it out of the claim',
    'no-tariff-pack': '{{entry}}: no tariff pack is in force on {{on}}; install one',
    'no-tariff-pack-claim':
      'No tariff pack is in force on {{on}}: the basis document and the deadline are not checked; install one',
    'no-mrp': '{{entry}}: no МРП value for {{on}}; install the current МРП pack',
    'category-needed': '{{entry}}: choose the fee category ({{candidates}})',
    'category-not-applicable':
      '{{entry}}: the chosen fee category "{{category}}" does not apply to this appointment',
    'unknown-expense-type': '{{entry}}: expense type "{{type}}" is not in the tariff pack in force',
  },
  /** Town or rural settlement on consultations and appointments (Rules cl. 4.4, 5.4). */
  settlement: {
    label: 'Settlement',
    urban: 'Town',
    rural: 'Rural settlement',
    notStated: 'Not stated',
    hint: 'Rules cl. 5(4): aid given in rural settlements is counted apart in the semiannual summary.',
    required: 'Choose a town or a rural settlement',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type FeesMessages = Widen<typeof feesEn>;
