/**
 * Fee claims, the monthly report and the office's reports (issue 8; Rules cl. 5.2, 5.4, 33,
 * 54–59): the `fees` part of the catalog. kk and ru must have exactly this shape
 * (`FeesMessages`). Each part of the area keeps its own sub-object.
 */
export const feesEn = {
  title: 'Reports and fee claims',
  /** The fee claims screens (src-renderer/features/reports/claims). */
  claims: {
    title: 'Fee claims',
    intro:
      'Applications for payment of state-guaranteed legal aid (Rules cl. 54–59; MoJ order 1462), built from your registers, checked before filing and followed to payment.',
    newDefence: 'New claim for an appointment',
    newConsultation: 'New claim for consultations',
    claimAppointment: 'Claim this appointment',
    loading: 'Loading…',
    empty: 'No claims yet. Start one with the buttons above.',
    emptyFiltered: 'No claims in this state.',
    count: 'Claims: {{count}}',
    notFound: 'This claim is not on this computer.',
    back: 'Back to the claims',
    period: '{{from}} to {{to}}',
    paidSoFar: 'paid {{amount}}',
    filter: { label: 'State', all: 'All states' },
    states: {
      draft: 'Draft',
      ready: 'Ready to file',
      submitted: 'Filed',
      paid: 'Paid',
      'partly-paid': 'Partly paid',
      rejected: 'Rejected',
    },
    kinds: {
      defence: 'Defence or representation by appointment',
      consultation: 'Legal consultations',
    },
    columns: {
      number: 'No.',
      subject: 'For',
      period: 'Period',
      total: 'Amount, ₸',
      state: 'State',
      due: 'File by',
    },
    subject: {
      defence: 'Appointment No. {{record}} · {{caseKind}}',
      consultation: 'Legal consultations',
      missing: 'The appointment is not on this computer',
    },
    due: {
      by: 'File by {{date}}',
      late: 'Late: was due {{date}}',
      unknown: 'After the basis document’s date is entered',
    },
    header: {
      new: 'New claim (not saved yet)',
      title: 'Claim No. {{label}}',
      copiedFrom: 'Made from rejected claim No. {{label}}',
    },
    picker: {
      appointment: 'Appointment',
      appointmentHint:
        'Your accepted or completed appointments; type the number or the case number',
      appointmentPlaceholder: 'Choose the appointment',
      noAppointments: 'No such appointment among your accepted ones',
      option: 'No. {{record}} · {{caseKind}} · {{stage}} · {{caseNumber}}',
      monthHint: 'The month’s given consultations not yet in another claim are ticked',
    },
    work: {
      title: 'Work claimed',
      from: 'Period from',
      to: 'Period to',
      periodHint:
        'When the appointment or the period changes, the work in the period not yet claimed is ticked again.',
      items: 'Work entries of the appointment',
      none: 'No work is logged on this appointment: log it on the appointment’s page first.',
      openAppointment: 'Open appointment No. {{record}}',
      selected: '{{count}} of {{total}} ticked',
      selectLabel: 'Claim “{{action}}” of {{date}}',
      withdrawn: 'withdrawn',
      inClaim: 'in claim No. {{label}}',
      outside: 'outside the period',
    },
    consultations: {
      title: 'Consultations claimed',
      month: 'Month',
      items: 'Register entries of the month',
      none: 'No consultations in the register for this month.',
      selectLabel: 'Claim consultation No. {{record}}',
    },
    basis: {
      title: 'Basis for payment (Rules cl. 56)',
      type: 'Basis document',
      typePlaceholder: 'Choose the document',
      number: 'Document number',
      date: 'Document date',
      dateHint: 'The filing deadline is counted from it',
      issuedBy: 'Issued by',
      issuedByHint: 'The body or the court; for an act of work performed, your office',
      noPack:
        'No tariff pack is in force for this date, so the claim cannot be priced or checked. Install one in Settings.',
    },
    category: {
      title: 'Fee category',
      choose:
        'The register does not record the gravity of the crime: choose the category of the case',
      automatic: 'Fee category from the appointment: {{category}} · {{rate}}',
      none: 'No fee category of the tariff pack applies to this appointment: see the checks.',
    },
    other: {
      justiceBody: 'Territorial justice body',
      justiceBodyHint: 'Where the application goes (Rules cl. 55)',
      note: 'Note',
    },
    expenses: {
      title: 'Expenses',
      hint: 'Travel to a remote place, accommodation, per diem — each with the document that proves it.',
      none: 'No expenses in this claim.',
      add: 'Add an expense',
      remove: 'Remove expense {{n}}',
      type: 'Kind of expense',
      date: 'Date',
      amount: 'Amount, ₸',
      days: 'Days',
      perDay: '{{mrp}} МРП a day',
      description: 'What it was (route, place)',
      documentNumber: 'Document No. (ticket, receipt)',
      documentDate: 'Document date',
    },
    calc: {
      title: 'Calculation',
      live: 'Recalculated as you edit. The amounts are fixed when the claim is marked ready to file.',
      frozen:
        'Calculated on {{date}} with {{packs}}. Fixed: a tariff pack installed later does not change it.',
      pricedWith: 'Priced with: {{packs}}',
      packRef: '{{title}}, v{{version}}',
      empty: 'Nothing to calculate yet: tick the work or the consultations to claim.',
      columns: {
        date: 'Date',
        time: 'Time',
        activity: 'Action',
        minutes: 'Min',
        paid: 'Paid min',
        rate: 'Rate',
        factor: 'Factor',
        mrp: 'MRP, ₸',
        amount: 'Amount, ₸',
      },
      rate: '{{tier}} · {{rate}} МРП/h',
      capped: 'cap',
      capPerPerson: '{{minutes}} min over the cap per person consulted are not paid',
      capPerDay: '{{minutes}} min over the daily cap are not paid',
      travelUnpaid: 'travel time: not paid',
      notPriced: 'not priced: see the checks',
      consultation: 'Consultation No. {{record}}',
      travel: 'Travel to “{{action}}”',
      fee: 'Fee',
      expenses: 'Expenses',
      total: 'Total claimed',
      inWords: 'In words: {{words}}',
      unverifiedCount: 'The amount relies on {{count}} tariff rule(s) not yet verified',
      estimateNote:
        'Treat this amount as an estimate: most tariff values shipped with the app are not yet checked against the official text. It becomes reliable once your collegium installs a checked tariff pack.',
    },
    ezk: {
      copy: 'Copy lines for Е-Заң көмегі',
      hint: 'A tab-separated table of the lines: paste it into a spreadsheet, or read from it while retyping the application in Е-Заң көмегі.',
      copied: 'The lines are copied to the clipboard',
      copyFailed: 'The clipboard is not available: select the text below and copy it (Ctrl+C).',
      record: 'Record No.',
      minutes: 'Paid min',
      rate: 'МРП/h',
      reason: 'Surcharge',
    },
    checks: {
      errors: 'Errors: {{count}}',
      openAppointment: 'Open the appointment',
      openConsultation: 'Open the entry',
      missingAppointment:
        'The appointment of this claim is not on this computer: sync, or choose the appointment again.',
      missingConsultation:
        'A consultation of this claim is not on this computer: sync, or untick it.',
    },
    actions: {
      save: 'Save draft',
      saved: 'Draft saved',
      created: 'Claim No. {{label}} saved as a draft',
      notSaved: 'Not saved yet: the claim gets its number when the draft is saved.',
      fixFields: 'Check the marked fields: nothing was saved, what you typed is kept.',
      failed: 'The step failed. Nothing was changed; please try again.',
      cancel: 'Cancel',
      ready: 'Mark ready to file',
      readyHint: 'Marking the claim ready fixes its calculation; you can still return it to draft.',
      readyLoading: 'Wait a moment: the calculation is not finished yet.',
      readyMissing: 'Cannot be marked ready: a record of the claim is not on this computer.',
      readyBlocked: 'Cannot be marked ready: fix the errors in the checks first ({{count}}).',
      readyTitle: 'Mark the claim ready to file?',
      readyText:
        'The draft is saved and its calculation is fixed as it is now: {{total}}. A tariff pack installed later will not change it. To change anything afterwards, return the claim to draft.',
      readyConfirm: 'Mark ready',
      readyDone: 'The claim is ready to file',
    },
    steps: {
      submit: 'Record filing',
      pay: 'Record payment',
      reject: 'Record rejection',
      back: 'Return to draft',
      copy: 'Make a new draft from it',
      save: 'Save',
      reason: 'Reason',
      readyHint: 'File the application in Е-Заң көмегі, then record the date it was filed here.',
      submittedHint:
        'Waiting for the justice body: record the payment or the rejection when it comes.',
      partlyPaidHint: 'Part of the claim is paid: record the rest when it is paid.',
      rejectedHint:
        'The rejected claim stays as it is. Make a new draft from it, fix what the justice body named and file it again.',
      backTitle: 'Return the claim to draft',
      backText:
        'The fixed calculation is dropped and the claim is priced again as you edit it. Say why it is returned.',
      backDone: 'The claim is a draft again',
      submitTitle: 'The claim was filed',
      submitDate: 'Date filed',
      channel: 'Filed',
      channelEzk: 'In Е-Заң көмегі',
      channelPaper: 'On paper (Е-Заң көмегі was down)',
      ezkNumber: 'Application No. in Е-Заң көмегі',
      submitDone: 'Filing recorded',
      payTitle: 'Payment received',
      payDate: 'Date paid',
      payAmount: 'Amount paid, ₸',
      payRemaining: 'Claimed {{claimed}}, paid before {{paid}}, remaining {{remaining}}',
      payPartial: 'Less than the remaining amount: the claim will be partly paid.',
      payReason: 'Why less was paid (as the justice body said)',
      payDone: 'Payment recorded',
      rejectTitle: 'The claim was rejected',
      rejectDate: 'Date of rejection',
      rejectReason: 'Reason given by the justice body',
      rejectDone: 'Rejection recorded',
    },
    summary: {
      title: 'The claim',
      kind: 'Kind',
      period: 'Period',
      basis: 'Basis document',
      basisValue: '{{type}} No. {{number}} of {{date}}',
      submission: 'Filed',
      payment: 'Payment',
      rejection: 'Rejected',
    },
    history: {
      title: 'History',
      created: 'Draft created',
      copied: 'Draft made from a rejected claim',
      note: 'Reason: {{note}}',
    },
    print: {
      title: 'Documents',
      applicationKk: 'Application · ҚАЗ',
      applicationRu: 'Application · РУС',
      applicationHint:
        'Normally the application is filed in Е-Заң көмегі. This PDF (order 1462, App. 1) is to retype from, or to file on paper while the system is down.',
      checklistKk: 'Checklist of attachments · ҚАЗ',
      checklistRu: 'Checklist of attachments · РУС',
      checklistHint: 'The documents that go with the application, to tick while you collect them.',
      actKk: 'Act of work performed · ҚАЗ',
      actRu: 'Act of work performed · РУС',
      actHint:
        'Rules cl. 56(5): the basis of a consultation claim — the ticked entries, signed by you and by each person consulted.',
      readyFirst:
        'The application and the checklist print the fixed calculation: mark the claim ready to file first.',
      printed: 'Document saved',
      failed: 'Could not make the document. Nothing was changed; please try again.',
    },
  },
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
