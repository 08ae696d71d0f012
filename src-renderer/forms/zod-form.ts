/**
 * Runs a shared zod schema over form values and returns Mantine form errors, translated.
 * The schema is the same one the repository (and later the sync server) enforces, so a
 * form can never accept what storage would refuse.
 */
import type { TFunction } from '../i18n/translate';
import type { z } from 'zod';
import { translateKey } from '../i18n/message-key';

export function zodFormErrors(
  schema: z.ZodType,
  values: unknown,
  t: TFunction,
): Record<string, string> {
  const r = schema.safeParse(values);
  if (r.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= translateKey(t, issue.message);
  }
  return errors;
}
