/**
 * Fee claims, the monthly report and the office's reports (issue 8; Rules cl. 5.2, 5.4, 33,
 * 54–59): the `fees` part of the catalog. kk and ru must have exactly this shape
 * (`FeesMessages`). Each part of the area keeps its own sub-object.
 */
import { claimsEn } from './claims-en';

export const feesEn = {
  title: 'Reports and fee claims',
  /** The fee claims screens (src-renderer/features/reports/claims). */
  claims: claimsEn,
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
  } /** The Reports page and the monthly report (src-renderer/features/reports). */,
  report: {
    intro:
      'Your month in figures, the monthly report to retype into Е-Заң көмегі, and your fee claims.',
    tabs: {
      month: 'Month at a glance',
      report: 'Monthly report',
      claims: 'Fee claims',
      office: 'Office reports',
    },
    month: 'Month',
    loading: 'Loading…',
    title: 'Monthly report for {{month}}',
    due: 'Due in Е-Заң көмегі: {{date}}, {{weekday}}',
    formNotSeen:
      'We have not seen the official form of the monthly report (RBA recommendation; MoJ order 1457): these are the figures we expect it to ask for, counted from your registers. Check them and retype them into the form in Е-Заң көмегі, which forms the report; the PDF is your working copy, not the report itself.',
    noCalendar:
      'No calendar pack is in force, so the due date cannot be worked out. Install one in Settings.',
    pdfKk: 'Report PDF (kk)',
    pdfRu: 'Report PDF (ru)',
    printed: 'Document saved',
    failed: 'Could not make the document. Nothing was changed; please try again.',
    audit:
      'Audit log of this computer: {{count}} entries, the last one {{date}}. The PDF prints the hash of the last entry, which depends on every entry before it:',
    auditBroken:
      'The audit log does not verify from entry No. {{index}}: check it before you file the report.',
    toSettings: 'Open Settings',
    noAudit: 'The audit log of this computer is empty.',
    sections: {
      consultations: '1. Legal consultations',
      defence: '2. Defence and representation',
      payment: '3. Payment',
    },
    rows: {
      applied: 'Applications in the month',
      given: 'of which: consultation given',
      deferred: 'deferred (cl. 41)',
      refused: 'refused (cl. 38)',
      withdrawn: 'withdrawn by the person (cl. 43)',
      persons: 'Persons consulted',
      form: 'Oral / written',
      atPersonLocation: 'Where the person is (cl. 40)',
      consultationTime: 'Time of consultations',
      received: 'Appointments received in the month',
      bySource: 'via Е-Заң көмегі / by a paper decree',
      accepted: 'Accepted',
      declined: 'Declined (cl. 36)',
      completed: 'Completed',
      inProgress: 'In progress at the month’s end',
      notices: 'Notices of defence (representation)',
      workTime: 'Time of work done in the month',
      night: 'of which at night',
      nonWorkingDays: 'on weekends and holidays',
      submitted: 'Fee claims filed in the month',
      paid: 'Paid in the month',
      outstanding: 'Unpaid at the month’s end',
    },
    values: {
      work: '{{duration}} · actions: {{items}} · appointments: {{appointments}}',
      claims: 'claims: {{count}} · {{amount}}',
    },
    tables: {
      byCategory: 'Consultations given by category (Law art. 26(2))',
      byIssueArea: 'Consultations given by issue',
      bySettlement: 'By settlement',
      byCaseKind: 'By kind of case',
      byStage: 'By stage of proceedings',
      category: 'Category',
      issueArea: 'Issue',
      place: 'Settlement',
      count: 'Number',
      time: 'Time',
      total: 'Total',
      none: 'None in the month',
      noCategory: 'Category not established',
      notInPacks: '{{id}} (not in the rule packs)',
    },
    columns: {
      received: 'Received',
      accepted: 'Accepted',
      completed: 'Completed',
      inProgress: 'In progress at the month’s end',
      work: 'Time of work',
    },
    duration: { hm: '{{hours}} h {{minutes}} min', h: '{{hours}} h', m: '{{minutes}} min' },
  },
  /** The Reports page's "Month at a glance" tab. */
  dashboard: {
    title: 'The month at a glance: {{month}}',
    consultations: 'Consultations given',
    consultationsDetail: 'Deferred: {{deferred}} · refused: {{refused}}',
    appointments: 'Appointments received',
    appointmentsDetail: 'Accepted: {{accepted}} · completed: {{completed}}',
    hours: 'Hours worked',
    hoursLines: {
      consultations: 'Consultations: {{duration}}',
      defence: 'Defence: {{duration}}',
      night: 'of it at night: {{duration}}',
      nonWorking: 'on days off: {{duration}}',
    },
    claimed: 'Claimed in the month',
    claimedDetail: 'Claims filed: {{count}}',
    paid: 'Paid in the month',
    paidDetail: 'Claims paid: {{count}}',
    chart: {
      title: 'Hours per day',
      consultations: 'Consultations',
      defence: 'Defence and representation',
      dayOff: 'Day off',
      summary:
        'Hours per day, {{month}}: consultations {{consultations}}, defence and representation {{defence}}, on {{days}} day(s).',
      empty: 'No time is logged for {{month}} yet.',
      tick: '{{hours}} h',
      day: 'Day',
    },
    todo: {
      title: 'To do',
      none: 'Nothing is waiting: your logged work is claimed, and your claims are filed and paid.',
      kinds: {
        late: 'Late',
        dueSoon: 'File soon',
        ready: 'Ready',
        unclaimed: 'Not claimed',
        awaiting: 'Awaiting payment',
      },
      late: 'Claim No. {{label}}: the deadline to file it was {{date}}',
      dueSoon: 'Claim No. {{label}}: file it by {{date}}',
      ready: 'Claim No. {{label}} is ready to file in Е-Заң көмегі ({{amount}})',
      unclaimed:
        'Appointment No. {{label}}: work not claimed yet — entries: {{items}}, {{duration}}',
      awaiting: 'Claim No. {{label}}, filed {{date}}: waiting for payment of {{amount}}',
      awaitingRest: 'Claim No. {{label}}, filed {{date}}: paid {{paid}} of {{amount}}',
      claimIt: 'Claim it',
      claimAppointment: 'Claim the work on appointment No. {{label}}',
      open: 'Open',
      openClaim: 'Open claim No. {{label}}',
      more: 'More in the claims list: {{count}}',
    },
  },
  /** The Reports page's "Office reports" tab (a head of a legal consultation office). */
  office: {
    intro:
      'The office’s registers as they reached this computer through the office server: the month per advocate, the semiannual summary for the justice body (Rules cl. 5.4) and the collegium’s deadlines.',
    notSignedIn:
      'This computer is not signed in to the office server with a head’s account: the figures below count only the records on this computer.',
    freshness: {
      lastReceived: 'Last received',
      thisComputer: 'this computer',
    },
    month: {
      title: 'The office’s month: {{month}}',
      pdfKk: 'Month summary PDF (kk)',
      pdfRu: 'Month summary PDF (ru)',
      csv: 'Month summary CSV',
      advocate: 'Advocate',
      columns: {
        consultations: 'Consultations given',
        persons: 'Persons',
        consultationTime: 'Time of consultations',
        received: 'Appointments received',
        accepted: 'Accepted',
        workTime: 'Time of defence',
        claimed: 'Claimed',
        paid: 'Paid',
      },
      total: 'Office total',
      note: 'The figures count only what has reached this computer: see "Last received". The office’s total counts a person consulted by two advocates once.',
    },
    semiannual: {
      title: 'Semiannual summary (Rules cl. 5.4)',
      pdfKk: 'Semiannual summary PDF (kk)',
      pdfRu: 'Semiannual summary PDF (ru)',
      csv: 'Semiannual summary CSV',
      intro:
        'To the territorial justice body by 5 July and 5 January, with the aid given in rural settlements shown apart. We have not seen the official form: this is our draft of it.',
      year: 'Year',
      half: 'Half-year',
      first: 'January–June',
      second: 'July–December',
      whose: 'Figures of',
      wholeOffice: 'The whole office',
      due: 'Due at the justice body: {{date}}',
      figure: 'Figure',
      total: 'Total',
      rows: {
        consultations: 'Consultations given',
        persons: 'Persons consulted',
        consultationTime: 'Time of consultations',
        accepted: 'Appointments accepted: {{kind}}',
        acceptedAll: 'Appointments accepted, all',
        completed: 'Appointments completed',
        workTime: 'Time of defence and representation',
        claimed: 'Claimed',
        paid: 'Paid',
      },
      unstatedNote:
        '"Not stated": records made before the settlement was asked for. A person helped both in a town and in a rural settlement is in both columns and once in the total.',
    },
    deadlines: {
      firstHalf: 'Semiannual summary for the first half of {{year}}',
      secondHalf: 'Semiannual summary for the second half of {{year}}',
      semiannualBasis:
        'Rules cl. 5.4: to the territorial justice body no later than 5 July and 5 January; a day off moves it to the next working day.',
      listTitle: 'List of advocates taking part in legal aid in {{year}}',
      listBasis:
        'Rules cl. 5.2: no later than 1 December; a day off moves it to the next working day. The list is printed from Duty schedules → Roster.',
      openRoster: 'Open the roster',
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type FeesMessages = Widen<typeof feesEn>;
