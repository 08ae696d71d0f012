/**
 * Request and response shapes of the account routes. Pure zod with no Node imports, so the
 * desktop app's transport (src-main) can share them if they move to src-shared.
 */
import { z } from 'zod';
import { serverRoles } from './principal';

// No control characters in anything we store and show back (names end up in logs and lists).
const printable = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'no control characters');

export const registerDeviceRequest = z.object({
  // Control characters never form a login (and PostgreSQL refuses NUL in text: a 500, not a 401).
  login: printable(64),
  // Bounded so a megabyte "password" cannot make scrypt hash a megabyte.
  password: z.string().min(1).max(1024),
  deviceName: printable(100),
});
export type RegisterDeviceRequest = z.infer<typeof registerDeviceRequest>;

export const userSummary = z.object({
  id: z.string(),
  fullName: z.string(),
  role: z.enum(serverRoles),
  collegiumId: z.string(),
  officeId: z.string().nullable(),
});

export const registerDeviceResponse = z.object({
  ok: z.literal(true),
  deviceId: z.string(),
  /** Shown this once; the server keeps only its SHA-256. */
  token: z.string(),
  user: userSummary,
});
export type RegisterDeviceResponse = z.infer<typeof registerDeviceResponse>;

export const meResponse = z.object({
  ok: z.literal(true),
  user: userSummary.extend({
    login: z.string(),
    collegiumName: z.string(),
    officeName: z.string().nullable(),
  }),
  device: z.object({ id: z.string(), name: z.string(), createdAt: z.string() }),
});
export type MeResponse = z.infer<typeof meResponse>;

/** Logins are compared case-insensitively: "Aigerim.S" and "aigerim.s" are one account. */
export const normalizeLogin = (login: string) => login.trim().toLowerCase();

export { printable as printableText };
