/**
 * Signing a laptop in to the office server: the server's request/response shapes (shared with
 * src-server/auth) and what crosses IPC between the renderer and the main process, which alone
 * holds the device token (the renderer never sees it and has no network of its own).
 */
import { z } from 'zod';
import {
  pullRequestSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  resolveConflictCallSchema,
  resolveConflictResponseSchema,
} from './protocol';

export const serverRoles = ['advocate', 'head', 'staff'] as const;

// No control characters in anything stored and shown back (names end up in logs and lists).
export const printableText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'no control characters');

export const registerDeviceRequest = z.object({
  // Control characters never form a login (and PostgreSQL refuses NUL in text: a 500, not a 401).
  login: printableText(64),
  // Bounded so a megabyte "password" cannot make scrypt hash a megabyte.
  password: z.string().min(1).max(1024),
  deviceName: printableText(100),
});
export type RegisterDeviceRequest = z.infer<typeof registerDeviceRequest>;

export const userSummary = z.object({
  id: z.string(),
  fullName: z.string(),
  role: z.enum(serverRoles),
  collegiumId: z.string(),
  officeId: z.string().nullable(),
});
export type UserSummary = z.infer<typeof userSummary>;

export const registerDeviceResponse = z.object({
  ok: z.literal(true),
  deviceId: z.string(),
  /** Shown this once; the server keeps only its SHA-256. */
  token: z.string(),
  user: userSummary,
});
export type RegisterDeviceResponse = z.infer<typeof registerDeviceResponse>;

/**
 * The office server's address: https, or http only on this machine or a private office network
 * (a head's laptop serving the office over the LAN, TLS terminated nowhere). No credentials.
 */
export const serverUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((s) => {
    try {
      const u = new URL(s);
      if (u.username || u.password || u.search || u.hash) return false;
      if (u.protocol === 'https:') return true;
      return u.protocol === 'http:' && isPrivateHost(u.hostname);
    } catch {
      return false;
    }
  }, 'an https address (http only on this machine or a private network)');

function isPrivateHost(host: string): boolean {
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]') return true;
  const m = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (!m) return host.endsWith('.local');
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31);
}

/** Why a sync call did not get an answer; the UI says each in kk/ru. */
export const syncFailureCodes = [
  'notSignedIn',
  'offline',
  'timeout',
  'invalidCredentials',
  'accountDisabled',
  'unauthenticated',
  'tooManyAttempts',
  'rejectedRequest',
  'serverError',
  'badResponse',
  'credentialStoreUnavailable',
] as const;
export type SyncFailureCode = (typeof syncFailureCodes)[number];

export const syncFailure = z.object({
  code: z.enum(syncFailureCodes),
  /** English detail for logs and maintainers. */
  detail: z.string().max(500),
  /** The server's own message, when it sent one. */
  serverMessage: z.object({ kk: z.string(), ru: z.string(), en: z.string() }).optional(),
  retryAfterSeconds: z.number().int().nonnegative().optional(),
});
export type SyncFailure = z.infer<typeof syncFailure>;

/** A sync call's outcome as a value: the IPC envelope stays for IPC-level errors only. */
export const syncOutcome = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), failure: syncFailure }),
  ]);

/** A store's database name (src-renderer/vault/user-directory.ts): safe as part of a file name. */
export const credentialScope = z.string().regex(/^[A-Za-z0-9-]{1,120}$/);

export const accountSchema = z.object({
  signedIn: z.boolean(),
  serverUrl: z.string().optional(),
  deviceId: z.string().optional(),
  user: userSummary.optional(),
});
export type Account = z.infer<typeof accountSchema>;

export const signInArgs = z.object({
  serverUrl,
  login: registerDeviceRequest.shape.login,
  password: registerDeviceRequest.shape.password,
  deviceName: registerDeviceRequest.shape.deviceName,
});

export const syncIpc = {
  'sync.account': { args: z.undefined(), result: accountSchema },
  'sync.signIn': { args: signInArgs, result: syncOutcome(accountSchema) },
  'sync.signOut': { args: z.undefined(), result: z.object({ signedOut: z.boolean() }) },
  'sync.push': { args: pushRequestSchema, result: syncOutcome(pushResponseSchema) },
  'sync.pull': { args: pullRequestSchema, result: syncOutcome(pullResponseSchema) },
  /**
   * Which user's sign-in the following sync calls use: each person on a laptop has their own
   * server account and device token (the store's database name scopes it).
   */
  'sync.useStore': {
    args: z.object({ store: credentialScope }),
    result: z.object({ store: credentialScope }),
  },
  'sync.resolveConflict': {
    args: resolveConflictCallSchema,
    result: syncOutcome(resolveConflictResponseSchema),
  },
} as const;
