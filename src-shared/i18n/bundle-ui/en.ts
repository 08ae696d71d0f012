/**
 * Offline bundles on the Sync page (issue 9, docs/sync.md "Offline bundles"): the advocate saves
 * the records waiting for the office on a USB stick, the head imports them and prints a receipt —
 * the `bundleUi` part of the catalog. The refusal sentences of a bad file are `bundle.errors.*`.
 * kk and ru must have exactly this shape (`BundleUiMessages`).
 */
export const bundleUiEn = {
  title: 'No connection: records on a USB stick',
  intro:
    'For an office with no connection at all. The advocate saves the records waiting for the office in an encrypted file; the head imports it on a computer with a connection, and the server takes the records as if the advocate had synced.',
  export: {
    title: 'Send my records to the office',
    waiting: 'Records waiting for the office: {{count}}',
    save: 'Save for the office on a USB stick',
    sealed:
      'The file is encrypted for the office key: only the head of the office can open it, on the computer where the key was created. A lost USB stick reveals nothing about the people.',
    stays:
      "The records stay on this computer until a sync or the head's import confirms them. A later file carries them again; nothing is counted twice.",
    saved: 'Saved: {{name}} — records: {{count}}. Take the file to the head of the office.',
    keyId: "Signing key of this computer: {{keyId}}. The head's receipt shows the same id.",
    problems: {
      noOfficeKey:
        'This computer has no office key yet, so the file cannot be encrypted for the office. Add the key the head gave you in Settings → Security.',
      notLinked:
        'This computer does not yet know its account at the office. Connect it to the office server once, at the office (above, on this page); after that a file can be made here at any time, with no connection.',
      nothingPending: 'Nothing is waiting: every record has already reached the office.',
      tooLarge:
        'Too many records for one file (over 50 MB). Sync over the network at the office instead.',
      failed: 'The file could not be made. Nothing was changed; try again.',
    },
  },
  import: {
    title: 'Records from an advocate',
    intro:
      "Open the file the advocate brought. This computer decrypts it with the office key, checks the advocate's signature and sends the records to the server. Importing the same file again changes nothing.",
    open: 'Import a bundle from an advocate',
    noKey:
      "The office key that opens the bundles is kept on the head's computer on which it was created. Import the bundle on that computer.",
    signIn:
      'To import, this computer must be connected to the office server (above, on this page).',
    checking: 'Decrypting and checking the file…',
    sending: 'Sent to the server: {{done}} of {{total}}',
    progressLabel: 'Import progress',
    failed: 'The bundle was not imported.',
    again:
      'If some records had already been sent, they stay on the server: import the same file again to finish. Nothing is counted twice.',
    badAnswer: "The server's answer does not match the records sent.",
    unexpected: 'Something went wrong. Try again; nothing is counted twice.',
    openFailed: {
      tooLarge: 'The file is too large for an offline bundle (over 50 MB).',
      readFailed: 'The file could not be read. Is the USB stick still plugged in?',
    },
  },
  receipt: {
    title: 'Receipt of the bundle',
    advocate: 'Advocate',
    bundleId: 'Bundle',
    fileHash: 'SHA-256 of the file (start)',
    createdAt: "Made on the advocate's computer",
    signingKey: "Advocate's signing key",
    keyOwner: "registered from the advocate's own computer",
    keyFirstUse:
      "registered now, on first use: compare this id with the one on the advocate's computer",
    keyRelay: 'registered on the first bundle, {{when}}',
    accepted: 'Accepted',
    duplicate: 'Received earlier',
    rejected: 'Not accepted',
    conflict: 'Conflict (both versions kept)',
    allDuplicate: 'Every record of this file had already reached the server: nothing was changed.',
    problemsTitle: 'Not accepted, and why',
    more: 'And {{count}} more: see the printed receipt.',
    earlierRejected: 'received earlier, not accepted then',
    earlierConflict: 'received earlier, as a conflict',
    print: 'Print the receipt',
    printKk: 'Receipt in Kazakh (PDF)',
    printRu: 'Receipt in Russian (PDF)',
    printed: 'The receipt is saved. Print it: one copy is for the advocate.',
    printFailed: 'The receipt could not be made.',
    close: 'Close the receipt',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type BundleUiMessages = Widen<typeof bundleUiEn>;
