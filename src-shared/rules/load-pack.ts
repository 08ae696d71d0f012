/**
 * Reading a rule pack file (JSON) that a collegium provides. The result is either a valid
 * pack or a clear, ordered list of reasons; callers keep the active pack when it fails.
 */
import { checkPackIntegrity, type IntegrityIssue } from './pack-integrity';
import { PACK_FORMAT, rulePackSchema, type RulePack } from './pack-schema';

export const MAX_PACK_BYTES = 2 * 1024 * 1024;

export type PackLoadError =
  | { code: 'tooLarge'; bytes: number }
  | { code: 'notJson'; message: string }
  | { code: 'unsupportedFormat'; format: unknown }
  | { code: 'invalid'; issues: IntegrityIssue[] }
  | { code: 'inconsistent'; issues: IntegrityIssue[] };

export type PackLoadResult = { ok: true; pack: RulePack } | { ok: false; error: PackLoadError };

export function parseRulePack(text: string): PackLoadResult {
  if (text.length > MAX_PACK_BYTES)
    return { ok: false, error: { code: 'tooLarge', bytes: text.length } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      error: { code: 'notJson', message: e instanceof Error ? e.message : String(e) },
    };
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== PACK_FORMAT) return { ok: false, error: { code: 'unsupportedFormat', format } };
  const parsed = rulePackSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return { ok: false, error: { code: 'invalid', issues } };
  }
  const inconsistent = checkPackIntegrity(parsed.data);
  if (inconsistent.length > 0)
    return { ok: false, error: { code: 'inconsistent', issues: inconsistent } };
  return { ok: true, pack: parsed.data };
}
