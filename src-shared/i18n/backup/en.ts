/**
 * Backups (issue 9): Settings → Backups and restoring from a backup on the lock screen — the
 * `backup` part of the catalog. kk and ru must have exactly this shape (`BackupMessages`).
 */
export const backupEn = {
  title: 'Backups',
  intro:
    'An encrypted copy of all your registers, kept in a folder you choose — best a USB stick kept apart from the computer. Nobody can read it without your password or the office recovery key.',
  newLaptop:
    'A copy opens on any computer, also a new one, with the password that was in use on the day of the copy, or with the office recovery key.',
  folder: {
    label: 'Folder',
    none: 'No folder chosen yet.',
    choose: 'Choose a folder…',
    change: 'Another folder…',
    forget: 'Forget the folder',
    unreachable: 'The folder cannot be reached now. Is the USB stick plugged in?',
  },
  keep: {
    label: 'Copies to keep',
    hint: 'Your older copies in this folder are deleted; other files there are never touched.',
  },
  daily: {
    label: 'Back up every day automatically',
    hint: 'While the app is open: checked every hour, a copy once a day.',
  },
  now: 'Back up now',
  saved: 'Backup saved: {{name}}',
  status: {
    never: 'No backup yet.',
    last: 'Last backup: {{when}}',
    justNow: 'just now',
    minutes: '{{count}} min ago',
    hours: '{{count}} h ago',
    days: '{{count}} d ago',
    failed: 'The last attempt failed: {{reason}}',
    old: 'No backup for more than two days.',
  },
  failures: {
    'no-folder': 'no folder is chosen',
    'folder-missing': 'the folder cannot be reached (is the USB stick plugged in?)',
    'write-failed': 'the file could not be written (is the disk full or write-protected?)',
    host: 'the app could not hand the file over for saving',
    internal: 'the copy could not be made',
  },
  list: {
    title: 'Your copies in this folder',
    empty: 'None in this folder yet.',
    date: 'Made',
    size: 'Size',
    kb: '{{size}} KB',
    mb: '{{size}} MB',
    restore: 'Restore…',
    fromFile: 'Restore from another file…',
  },
  confirm: {
    title: 'Restore this backup?',
    made: 'Copy of “{{label}}”, made {{date}}.',
    contents: '{{records}} records; audit log of {{entries}} entries.',
    warning:
      'Everything entered after this copy was made will be replaced by the copy. This cannot be undone.',
    backupFirst: 'Back up the current registers first',
    password: 'Your current password',
    submit: 'Restore',
    cancel: 'Cancel',
  },
  result: {
    title: 'Restored and verified',
    body: 'Restored {{records}} records in {{tables}} tables; audit log {{entries}} entries, head {{head}}…; identical to the backup.',
    brokenChain:
      'The audit log was already damaged at entry No. {{index}} when the copy was made; it is restored exactly as it was.',
    restartHint: 'The app restarts to open the restored registers. Sign in with your password.',
    restart: 'Restart the app',
  },
  restore: {
    title: 'Restore from a backup',
    intro:
      'Choose a backup file (.qbak). It becomes a person of this computer, with the name it was made under.',
    choose: 'Choose the file…',
    another: 'Another file',
    file: 'Copy of “{{label}}”, made {{date}}: {{records}} records.',
    withPassword: 'With the password',
    withRecovery: 'With the office recovery key',
    password: 'The password on the day of the copy',
    recoveryText: 'Recovery key, as printed',
    newPassword: 'New password',
    confirm: 'New password again',
    submit: 'Restore and open',
    cancel: 'Back',
    done: 'Restored {{records}} records of “{{label}}”; identical to the backup.',
  },
  errors: {
    'file-format': 'This is not a Qorgau backup, or the file is damaged.',
    'too-large': 'The file is too large to be a Qorgau backup.',
    'newer-version': 'This copy was made by a newer version of Qorgau. Update the app first.',
    'wrong-password':
      'Wrong password. It must be the password that was in use on the day of the copy.',
    'no-recovery-key':
      'This copy was not protected with an office recovery key: only the password opens it.',
    'wrong-recovery-key': 'This copy was protected with another office key.',
    'recovery-text': 'The recovery key has a typo. Compare it with the sheet letter by letter.',
    'weak-password': 'The new password is too short: at least 10 characters.',
    'vault-corrupt': 'The key data in this copy is damaged. Try another copy.',
    tampered:
      'The copy has been changed or is incomplete (cut short when copied?). Nothing was restored; try another copy.',
    'other-vault':
      'This is another person’s copy. To restore it, lock the app and restore it from the lock screen as a new person.',
    'already-here':
      'This person is already on this computer. Sign in and restore from Settings → Backups.',
    'counts-mismatch': 'The copy does not match its own record counts. Nothing was restored.',
    'audit-mismatch': 'The copy’s audit log does not match its header. Nothing was restored.',
    'not-identical':
      'After writing, the registers did not read back identical to the copy, so nothing was kept. Try again; if it happens again, ask support.',
    'not-unlocked': 'The app is locked. Open it with your password.',
    'no-folder': 'No backup folder is chosen.',
    'folder-missing': 'The backup folder cannot be reached. Is the USB stick plugged in?',
    'not-found': 'The file is no longer in the folder.',
    'read-failed': 'The file could not be read.',
    mismatch: 'The two passwords differ.',
    required: 'Fill in this field.',
    unexpected: 'Something went wrong. Nothing was changed; try again.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type BackupMessages = Widen<typeof backupEn>;
