/**
 * How a bench server process answers its parent (server-handle.ts, pouch/replicate.ts): each
 * message `{ id, cmd, … }` is run, and its value or its error's stack is sent back under the
 * same id (server-protocol.ts `Reply`; pouch's `PouchReply` is the same shape). Shared by server-process.ts, pouch/server-process.ts and load/cluster-server.ts.
 */
import type { Reply } from './server-protocol';

export const errorText = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

export function answerCommands<M extends { id: number }>(
  run: (m: M) => Promise<unknown>,
  send: (r: Reply) => void,
): void {
  process.on('message', (m: M) => {
    run(m).then(
      (value) => send({ id: m.id, ok: true, value }),
      (error: unknown) => send({ id: m.id, ok: false, error: errorText(error) }),
    );
  });
}
