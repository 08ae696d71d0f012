/**
 * `npm run server`: read the config, open the database (PGlite folder or PostgreSQL), apply
 * migrations, listen. SIGINT/SIGTERM shut down gracefully (lifecycle.ts).
 */
import { buildServer } from './app';
import { ConfigError, describeDb, loadConfig } from './config';
import { migrate } from './db/migrate';
import { shutdown } from './lifecycle';
import { DbLockedError, openConfiguredDb } from './open-db';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openConfiguredDb(config.db);
  let app;
  try {
    const applied = await migrate(db);
    app = await buildServer({
      db,
      logger: { level: config.logLevel },
      trustProxy: config.trustProxy,
    });
    app.log.info({ db: describeDb(config.db), migrationsApplied: applied }, 'database ready');
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await (app?.close() ?? Promise.resolve()).catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      // A second Ctrl+C means "now".
      app.log.warn({ signal }, 'second signal: exiting immediately');
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    shutdown(app, db, config.shutdownTimeoutMs).then(
      (outcome) => {
        app.log.info({ outcome }, 'stopped');
        process.exit(outcome === 'clean' ? 0 : 1);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DbLockedError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error('Qorgau server failed to start:', error);
  process.exit(1);
});
