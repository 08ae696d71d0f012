/**
 * Town or rural settlement (Rules cl. 4.4, 5.4) on the consultation and defence registers'
 * forms: what a form starts with, when it must be chosen, and how it reads back. Shared by
 * both registers, which record it the same way (`settlement` on the entry / the intake).
 */
import type { SettlementKind } from '../../src-shared/contracts/entities/consultation';
import type { TFunction } from '../i18n/translate';

/** The form's value: '' while nothing is chosen (and for records made before issue 8). */
export type SettlementValue = SettlementKind | '';

/**
 * What the control shows once the advocate's latest record is known. A new record starts
 * with the settlement of the advocate's most recent record of that register — an office is
 * usually in one place, so retyping it each time would only invite slips. With no such record,
 * nothing is chosen rather than "town": the collegium's semiannual summary counts rural aid
 * apart (cl. 5.4), and a guessed default would silently put rural work into the town's figures.
 * A correction keeps what the record says, even nothing: an old record's place is not known,
 * and only the advocate may state it (the form never guesses for a stored record).
 */
export function settlementOnOpen(
  current: SettlementValue,
  isNew: boolean,
  latest: SettlementKind | undefined,
): SettlementValue {
  if (current || !isNew) return current;
  return latest ?? '';
}

/**
 * The i18n key of the error when a new record has no settlement, else null. Only new records
 * must state it (the contracts keep it optional so pre-issue-8 records stay valid and
 * correcting them does not force a guess).
 */
export function settlementError(
  value: SettlementValue,
  isNew: boolean,
): 'fees.settlement.required' | null {
  return isNew && !value ? 'fees.settlement.required' : null;
}

/** The stored value in the UI language ("not stated" for records without one). */
export function settlementText(t: TFunction, value: SettlementKind | undefined): string {
  return value ? t(`fees.settlement.${value}`) : t('fees.settlement.notStated');
}
