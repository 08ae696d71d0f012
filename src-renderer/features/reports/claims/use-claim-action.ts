/**
 * Runs a claim step (save, ready, file, payment…) and says how it went in the advocate's
 * language: a zod issue lands on the field it belongs to (`validation.*` keys), a refused step
 * (`ClaimLifecycleError`, `fees.lifecycle.errors.*`) is said in words and, when it is about one
 * input, shown on that field too; anything else is a calm "nothing was changed". The form keeps
 * what was typed whatever happens.
 */
import { useState } from 'react';
import { ZodError } from 'zod';
import { ClaimLifecycleError } from '../../../../src-shared/domain/fees/claim-lifecycle';
import { formatDate } from '../../../../src-shared/i18n/format';
import { formatTenge } from '../../../../src-shared/i18n/money';
import { notify } from '../../../app/notify';
import { NotOwnRecordError } from '../../../db/register-owner';
import { currentLocale } from '../../../i18n/i18n';
import { translateKey } from '../../../i18n/message-key';
import { useTranslation, type TFunction } from '../../../i18n/translate';

export interface ErrorTarget {
  setErrors: (errors: Record<string, string>) => void;
}

export interface ClaimRunOptions {
  success?: string;
  form?: ErrorTarget;
  /** Schema path → the form's field (default: the path joined with dots). */
  field?: (path: readonly PropertyKey[]) => string;
}

/** A refused step in words, its date and amount params formatted for the reader. */
export function lifecycleMessage(error: ClaimLifecycleError, t: TFunction): string {
  const locale = currentLocale();
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(error.params)) {
    if (k === 'date' && typeof v === 'string') vars[k] = formatDate(v, locale);
    else if (k.endsWith('Tiyn') && typeof v === 'number') vars[k] = formatTenge(v, locale);
    else vars[k] = v;
  }
  return t(error.code, vars);
}

export function useClaimAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async <T>(
    job: () => Promise<T>,
    opts: ClaimRunOptions = {},
  ): Promise<T | undefined> => {
    setBusy(true);
    try {
      const value = await job();
      opts.form?.setErrors({});
      if (opts.success) notify('success', opts.success);
      return value;
    } catch (error) {
      if (error instanceof ZodError) {
        const field = opts.field ?? ((p: readonly PropertyKey[]) => p.map(String).join('.'));
        const errors: Record<string, string> = {};
        for (const issue of error.issues)
          errors[field(issue.path)] ??= translateKey(t, issue.message);
        opts.form?.setErrors(errors);
        notify('error', t('fees.claims.actions.fixFields'));
      } else if (error instanceof ClaimLifecycleError) {
        const message = lifecycleMessage(error, t);
        if (error.field && opts.form) opts.form.setErrors({ [error.field]: message });
        notify('error', message);
      } else if (error instanceof NotOwnRecordError) {
        notify('error', t(error.code));
      } else {
        console.error('fee claim step failed', error);
        notify('error', t('fees.claims.actions.failed'));
      }
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
