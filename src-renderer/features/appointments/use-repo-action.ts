/**
 * Runs a repository step and shows its outcome in the advocate's language: a zod issue lands
 * on the field it belongs to (messages are `validation.*` keys), a refused step
 * (`AppointmentStateError`, codes `appointment.*`) and a change to another advocate's record
 * (`NotOwnRecordError`) are said in words, anything else is a calm "nothing is lost". The form keeps what was typed whatever happens.
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/translate';
import { ZodError } from 'zod';
import { AppointmentStateError } from '../../../src-shared/domain/appointments/lifecycle';
import { notify } from '../../app/notify';
import { NotOwnRecordError } from '../../db/register-owner';
import { translateKey } from '../../i18n/message-key';

export interface ErrorTarget {
  setErrors: (errors: Record<string, string>) => void;
}

export interface RunOptions {
  /** Shown when the step succeeds. */
  success?: string;
  /** The form whose fields show zod issues. */
  form?: ErrorTarget;
  /** Maps a schema path to the form's field name (default: the path joined with dots). */
  field?: (path: readonly PropertyKey[]) => string;
}

export function zodErrors(
  error: ZodError,
  t: ReturnType<typeof useTranslation>['t'],
  field: (path: readonly PropertyKey[]) => string = (p) => p.map(String).join('.'),
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[field(issue.path)] ??= translateKey(t, issue.message);
  return errors;
}

export function stateErrorMessage(
  error: AppointmentStateError,
  t: ReturnType<typeof useTranslation>['t'],
): string {
  const known = translateKey(t, error.code);
  return known === error.code ? t('appointments.stateError', { code: error.code }) : known;
}

export function useRepoAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async <T>(job: () => Promise<T>, opts: RunOptions = {}): Promise<T | undefined> => {
    setBusy(true);
    try {
      const value = await job();
      opts.form?.setErrors({});
      if (opts.success) notify('success', opts.success);
      return value;
    } catch (error) {
      if (error instanceof ZodError) {
        const errors = zodErrors(error, t, opts.field);
        if (opts.form) opts.form.setErrors(errors);
        notify('error', Object.values(errors)[0] ?? t('appointments.actionFailed'));
      } else if (error instanceof AppointmentStateError) {
        notify('error', stateErrorMessage(error, t));
      } else if (error instanceof NotOwnRecordError) {
        notify('error', t(error.code));
      } else {
        console.error('appointment step failed', error);
        notify('error', t('appointments.actionFailed'));
      }
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/** "YYYY-MM-DDTHH:mm" now, on this device's clock. */
export function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
