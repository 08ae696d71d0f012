/**
 * The app lock and Settings → Security (issue 9): the `vault` part of the catalog. The lock
 * screens show nothing personal, so these are the only words they carry besides the labels
 * people chose. kk and ru must have exactly this shape (`VaultMessages`).
 */
export const vaultEn = {
  frame: {
    locked: 'Qorgau is locked',
    lockedHint: 'The registers on this computer are encrypted. They open with your password.',
  },
  users: {
    title: 'Who is working?',
    choose: 'Choose your name',
    lastUnlock: 'Last opened {{when}}',
    never: 'Not opened yet',
    another: 'Another person on this computer',
    damaged:
      'Some user entries on this computer are damaged and were skipped ({{count}}). Nothing was deleted; ask support for help.',
  },
  create: {
    titleFirst: 'Protect the registers on this computer',
    titleAnother: 'A new person on this computer',
    intro:
      'Everything about the people who come to you is secret (Rules, cl. 34). Your password encrypts the registers kept on this computer: without it nobody — not a thief, not a repairer — can read them.',
    introAnother:
      'Each person on this computer has registers of their own. The others will not see yours, and you will not see theirs.',
    label: 'Your name on this computer',
    labelHint: 'Shown on the lock screen so you can find yourself. A first name is enough.',
    password: 'Password',
    passwordHint:
      'At least 10 characters. A phrase of several words is best: easy to remember, hard to guess.',
    confirm: 'Password again',
    warning:
      'The password cannot be reset. If it is forgotten, only the office recovery key — kept by the head of the office or by the collegium — restores access.',
    officeKey: 'Office public key (optional)',
    officeKeyHint: 'Paste the key your head gave you; you can add it later in Settings → Security.',
    submit: 'Create and open',
  },
  unlock: {
    title: 'Enter your password',
    password: 'Password',
    submit: 'Open',
    forgot: 'Forgot the password?',
    back: 'Choose another person',
  },
  recover: {
    title: 'Restore access with the office recovery key',
    intro:
      'The office recovery key is a printed sheet that the head of the office or the collegium keeps in the safe. Ask them to type the key block here exactly as printed, from the first line QORGAU RECOVERY KEY to the CHECK line. Then choose a new password.',
    keyText: 'Recovery key, as printed',
    keyTextHint: 'Capital and small letters differ. Spaces and line breaks do not matter.',
    newPassword: 'New password',
    confirm: 'New password again',
    submit: 'Restore access',
    back: 'Back to the password',
  },
  opening: {
    title: 'Opening…',
    encrypting: 'Your registers are being encrypted for the first time. Do not close the app.',
  },
  softLock: {
    title: 'Locked after a pause',
    intro: 'Your work is still open. Enter your PIN to continue.',
    pin: 'PIN',
    submit: 'Continue',
    attemptsLeft: 'Attempts left: {{count}}',
    usePassword: 'Use the password',
    usePin: 'Use the PIN',
    password: 'Password',
    lockFully: 'Lock fully',
  },
  failed: {
    title: 'The registers could not be opened',
    body: 'Nothing has been deleted. Restart the app and try again; if it happens again, ask support.',
    restart: 'Restart',
  },
  errors: {
    'wrong-password': 'Wrong password. Check the keyboard language and Caps Lock.',
    corrupt: 'This user’s key data is damaged. Ask support for help.',
    'no-recovery-key':
      'This computer was not given an office recovery key, so it cannot be recovered.',
    'wrong-recovery-key': 'This is not the office key this computer was protected with.',
    'recovery-text-format':
      'This does not look like a recovery key: it must start with the line QORGAU RECOVERY KEY v1.',
    'recovery-text-checksum':
      'The key has a typo: the CHECK line does not match. Compare it with the sheet letter by letter.',
    'office-key-format':
      'This is not an office public key. Paste the whole text your head gave you.',
    'weak-password': 'The password is too short: at least 10 characters.',
    'bad-label': 'Enter a name (up to 80 characters).',
    'bad-pin': 'The PIN is 4 to 8 digits.',
    'wrong-pin': 'Wrong PIN.',
    'no-user': 'This person is no longer on this computer.',
    'not-unlocked': 'The app is locked. Open it with your password.',
    mismatch: 'The two passwords differ.',
    pinMismatch: 'The two PINs differ.',
    required: 'Fill in this field.',
    unexpected: 'Something went wrong. Try again; if it happens again, ask support.',
  },
  header: {
    lock: 'Lock',
    lockHint: 'Lock the app now: your password will be needed to open it',
  },
  security: {
    title: 'Security',
    intro:
      'Your registers on this computer are encrypted with your password. Here you change it, set a quick-unlock PIN and the pause after which the app locks itself, and protect against a forgotten password with the office recovery key.',
    password: {
      title: 'Change the password',
      old: 'Current password',
      new: 'New password',
      confirm: 'New password again',
      submit: 'Change the password',
      done: 'The password is changed. Use the new one from now on.',
    },
    pin: {
      title: 'Quick-unlock PIN',
      intro:
        'After a pause the app locks itself. A PIN opens it again quickly — but only while the app stays open: after every start the password is needed.',
      isSet: 'A PIN is set.',
      notSet: 'No PIN: after a pause the app locks fully and asks for the password.',
      pin: 'New PIN (4 to 8 digits)',
      confirm: 'PIN again',
      set: 'Set the PIN',
      change: 'Change the PIN',
      remove: 'Remove the PIN',
      saved: 'The PIN is set.',
      removed: 'The PIN is removed.',
    },
    idle: {
      title: 'Lock after a pause',
      label: 'Lock when nobody has used the app for',
      minutes: '{{count}} min',
      saved: 'Saved.',
    },
    office: {
      title: 'Office recovery key',
      sealed: 'This computer can be recovered with the office key {{keyId}}.',
      notSealed:
        'This computer has no office recovery key. If the password is forgotten, the registers cannot be opened by anyone. Paste the key your head gave you.',
      paste: 'Office public key',
      pasteHint: 'The text (or the file’s contents) your head gave you.',
      adopt: 'Add the key',
      adopted: 'Done: this computer can now be recovered with the office key {{keyId}}.',
      replaceTitle: 'Replace the office key?',
      replaceBody:
        'This computer is protected with the office key {{keyId}}. From now on the new key will be named here. Continue?',
      replace: 'Replace',
      cancel: 'Cancel',
      headTitle: 'For the head of the office',
      headIntro:
        'Create the office key once: print the secret sheet twice (Kazakh and Russian) and put it in the safe, then give the public key to every advocate of the office.',
      create: 'Create the office recovery key',
    },
    newKey: {
      title: 'The office recovery key {{keyId}}',
      warning:
        'The secret block is shown only now. Print the sheet and put it in the safe. Never send it by message or e-mail, never photograph it.',
      privateBlock: 'Secret block (for the safe)',
      publicKey: 'Public key (for every advocate of the office)',
      printKk: 'Sheet in Kazakh (PDF)',
      printRu: 'Sheet in Russian (PDF)',
      printed: 'The sheet is saved. Print it and put it in the safe.',
      printFailed: 'The sheet could not be made.',
      savePublic: 'Save the public key as a file',
      publicSaved: 'The public key file is saved.',
      copy: 'Copy the public key',
      copied: 'Copied',
      done: 'I have printed it',
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type VaultMessages = Widen<typeof vaultEn>;
