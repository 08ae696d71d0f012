import 'i18next';

// Keys are typed by src-renderer/i18n/translate.ts (one precomputed union), not by i18next's
// per-call types, which exceeded TypeScript's instantiation budget on a catalog this size.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
  }
}
