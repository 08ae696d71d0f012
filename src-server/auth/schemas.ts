/**
 * Request and response shapes of the account routes. The shapes the desktop app also uses
 * live in src-shared/contracts/sync/account.ts (the main process signs laptops in with them);
 * what only the server needs is here.
 */
import { z } from 'zod';
import { userSummary } from '../../src-shared/contracts/sync/account';

export {
  printableText,
  registerDeviceRequest,
  registerDeviceResponse,
  userSummary,
  type RegisterDeviceRequest,
  type RegisterDeviceResponse,
} from '../../src-shared/contracts/sync/account';

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
