/**
 * Wording the report printouts take from this screen rather than from the documents' own texts:
 * the position the head of the legal consultation office signs the semiannual summary under
 * (Rules cl. 5.4; semiannual-summary-doc.ts takes it as input, since a collegium's summary may be
 * signed by someone else).
 */
export const headPosition: Record<'kk' | 'ru', string> = {
  kk: 'Заң консультациясының меңгерушісі',
  ru: 'Заведующий юридической консультацией',
};
