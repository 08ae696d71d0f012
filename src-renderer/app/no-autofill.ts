/**
 * Keeps what advocates type out of the browser engine's own stores. Chromium remembers form
 * entries (autofill history, the "Web Data" file of the profile) outside IndexedDB, where our
 * encryption cannot reach: a client's name typed into the register would sit there in clear
 * (test/e2e/at-rest-scan.e2e.test.ts found it there in the browser preview). Electron does not
 * ship Chrome's autofill, but the same renderer runs in the preview, and one rule for every
 * field is simpler than remembering it on each: any field that takes focus is marked
 * autocomplete="off" before a key is typed into it.
 */
export function installNoAutofill(doc: Document): void {
  doc.addEventListener(
    'focusin',
    (e) => {
      const el = e.target;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)
        el.setAttribute('autocomplete', 'off');
    },
    true,
  );
  // Forms too: Chromium also looks at the form's own attribute when it saves on submit.
  new MutationObserver(() => {
    for (const f of doc.querySelectorAll('form:not([autocomplete="off"])'))
      f.setAttribute('autocomplete', 'off');
  }).observe(doc.documentElement, { childList: true, subtree: true });
}
