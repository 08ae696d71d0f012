/** zod at the boundary: a body that fails its schema becomes a 400 naming the failing paths. */
import type { z } from 'zod';
import { ApiError, type ApiIssue } from './errors';

// Enough to point at what is wrong; a fuzzed body with thousands of bad fields gets no more.
const MAX_ISSUES = 20;

export function zodIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
  }));
}

export function parseOr400<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError('validationFailed', { issues: zodIssues(result.error) });
  return result.data;
}
