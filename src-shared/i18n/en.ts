/** English: for maintainers. Its shape is the key set kk and ru must match exactly. */
export const en = {
  app: {
    name: 'Qorgau',
    tagline: 'State-guaranteed legal aid',
    browserPreview: 'Browser preview — not the desktop app',
  },
  nav: {
    label: 'Main sections',
    eligibility: 'Eligibility',
    consultations: 'Consultations',
    appointments: 'Appointments',
    schedules: 'Duty schedules',
    reports: 'Reports',
    sync: 'Sync',
    settings: 'Settings',
  },
  areas: {
    comingSoon: 'Coming in a next version',
    eligibility:
      "Check a person's right to free legal aid under Law art. 26: consultation or defence, the evidence each needs and the ground for a refusal. Works offline; each decision keeps the rule pack version it used.",
    consultations:
      'The consultation register (MoJ order 1463): each consultation in Kazakh or Russian, deferred consultations within 3 working days, repeat-issue checks, the monthly printout.',
    appointments:
      'Defence and representation appointments (MoJ order 1465): from Е-Заң көмегі or on paper from the consultation head, conflict checks, the notice of defence in Kazakh and Russian.',
    schedules:
      'The three monthly duty schedules (pre-trial, court, consultation), made by the 25th of the previous month, and handing paper appointments to the duty advocate by queue.',
    reports:
      "The monthly report due by the 5th, fee claims under MoJ orders 1462 and 434, and the collegium's semiannual summaries.",
    sync: 'Synchronisation with the office server when the internet is back: nothing lost, nothing duplicated, rejected records shown here.',
  },
  language: {
    label: 'Interface language',
    kk: 'Қазақша',
    ru: 'Русский',
    en: 'English',
  },
  roles: {
    advocate: 'Advocate',
    head: 'Head of the legal consultation office',
  },
  profile: {
    firstRunTitle: 'Welcome to Qorgau',
    firstRunIntro:
      'To start, fill in your details. They stay on this computer and go into notices of defence, reports and fee claims.',
    editTitle: 'My profile',
    fields: {
      fullName: 'Full name',
      licenceNumber: 'Licence number',
      licenceDate: 'Licence issue date',
      collegium: 'Bar collegium',
      office: 'Legal consultation office',
      phone: 'Phone',
      iin: 'IIN',
      role: 'Role',
    },
    hints: {
      fullName: 'As on the licence',
      iin: '12 digits',
      iinDecoded: 'Valid IIN · born {{date}}',
      phone: '+7 7XX XXX XX XX',
      licenceDate: 'DD.MM.YYYY',
    },
    save: 'Save',
    start: 'Save and start',
    saved: 'Profile saved',
    saveFailed: 'Could not save. Nothing was changed; please try again.',
  },
  validation: {
    required: 'Required',
    tooLong: 'Too long',
    date: 'Not a valid date',
    dateInFuture: 'The date cannot be in the future',
    dateTooOld: 'The date is too early',
    phone: 'Enter the number as +7 7XX XXX XX XX',
    iin: {
      format: 'The IIN must be 12 digits',
      checksum: 'Invalid IIN: the check digit does not match',
      date: 'Invalid IIN: the first 6 digits are not a date of birth',
      centuryDigit: 'Invalid IIN: the 7th digit must be from 1 to 6',
    },
  },
  ipcErrors: {
    forbidden: 'This action is not allowed',
    invalidArgs: 'The data is invalid; nothing was done',
    unsafeUrl: 'This link is not safe to open',
    unavailable: 'Not available in this mode',
    internal: 'Internal error. No data was lost; please try again',
  },
  settings: {
    title: 'Settings',
    languageSection: 'Language',
    profileSection: 'Profile',
    integritySection: 'Data integrity',
    integrityIntro:
      'Every change is written to an append-only audit log; each entry is sealed with the hash of the one before it.',
    verify: 'Check the audit log',
    chainIntact: 'Audit log: {{count}} entries, chain intact',
    chainBroken: 'Audit log is damaged at entry No. {{index}}',
    pendingOps: 'Changes waiting to sync: {{count}}',
    exportDiagnostics: 'Save diagnostics',
    exportDiagnosticsHint: 'Versions and record counts, without personal data — for support.',
    exported: 'Diagnostics saved',
    aboutSection: 'About',
    version: 'Version',
    host: 'Running in',
    hostElectron: 'Desktop app',
    hostBrowser: 'Browser preview',
    rulesBasis:
      'Rules of the Republican Bar Association on advocates taking part in state-guaranteed legal aid, 19.02.2024',
    website: 'Project website',
  },
  formats: {
    example: 'Date {{date}} · number {{number}} · amount {{amount}}',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The message catalog type every language must satisfy. */
export type Messages = Widen<typeof en>;
