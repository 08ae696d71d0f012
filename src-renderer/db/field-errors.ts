/**
 * Values a register refuses after its schema accepted them, thrown as a ZodError on the field
 * (`validation.*`) so forms show them where they were typed. The schemas have no clock, so
 * "not in the future" is checked here, by this device's local clock.
 */
import { ZodError } from 'zod';
import { isFutureLocal } from '../../src-shared/domain/consultations/time';
import { todayIso } from '../../src-shared/domain/dates/iso-date';

/** Refuses `input` as a ZodError with `message` on `path`. */
export function invalid(path: (string | number)[], message: string, input: unknown): never {
  throw new ZodError([{ code: 'custom', path, message, input }]);
}

/**
 * Refuses a local date-time (YYYY-MM-DDTHH:mm) after `now` on the dotted `path`
 * ('paperAssignment.assignedAt'); an empty value (not given) passes.
 */
export function refuseFutureTime(path: string, value: string, now: string): void {
  if (value && isFutureLocal(value, new Date(now)))
    invalid(path.split('.'), 'validation.future', value);
}

/** Refuses a date (YYYY-MM-DD) after today on the dotted `path`. */
export function refuseFutureDate(path: string, value: string, now: string): void {
  if (value > todayIso(new Date(now))) invalid(path.split('.'), 'validation.future', value);
}
