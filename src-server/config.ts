/**
 * The server's settings, from the environment only (12-factor; systemd and Docker both set env
 * vars), validated once at start so a typo fails loudly instead of running with a default.
 * The admin CLI reads the same variables, so it opens the same database as the server.
 */
import path from 'node:path';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  // Loopback by default: TLS is terminated by a reverse proxy on the same machine.
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  QORGAU_DATA_DIR: z.string().min(1).default('./server-data'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  // Set to 1 when a reverse proxy sits in front, so logs and rate limits see the client's IP.
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(15_000),
});

export type DbConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface ServerConfig {
  port: number;
  host: string;
  db: DbConfig;
  logLevel: (typeof logLevels)[number];
  trustProxy: boolean;
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  // Empty variables (`DATABASE_URL=` in a unit file) mean "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid server configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    db: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(e.QORGAU_DATA_DIR) },
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
  };
}

/** For logs: where the data is, without a password from the URL. */
export function describeDb(db: DbConfig): string {
  if (db.kind === 'pglite') return `PGlite in ${db.dataDir}`;
  try {
    const u = new URL(db.url);
    return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
