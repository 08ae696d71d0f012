/**
 * zod 4 compiles object parsers with `new Function` when it may; our CSP forbids eval
 * (script-src 'self'), so zod would probe, trip a CSP violation report, and fall back.
 * Saying "jitless" up front keeps the console clean and the behaviour explicit.
 * Imported first by both renderer entries.
 */
import { z } from 'zod';

z.config({ jitless: true });
